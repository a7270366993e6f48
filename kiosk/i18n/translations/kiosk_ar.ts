<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Stories read</source>
        <translation>القصص المقروءة</translation>
    </message>
    <message>
        <source>Resources opened</source>
        <translation>الموارد المفتوحة</translation>
    </message>
    <message>
        <source>Films played</source>
        <translation>الأفلام المشغّلة</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>اللغات المختارة</translation>
    </message>
    <message>
        <source>Quick exits</source>
        <translation>مرات الخروج السريع</translation>
    </message>
    <message>
        <source>Export usage counts</source>
        <translation>تصدير إحصاءات الاستخدام</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي صف في %1.</numerusform>
            <numerusform>حُفظ صف واحد في %1.</numerusform>
            <numerusform>حُفظ صفان في %1.</numerusform>
            <numerusform>حُفظت %n صفوف في %1.</numerusform>
            <numerusform>حُفظ %n صفًا في %1.</numerusform>
            <numerusform>حُفظ %n صف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>تعذّر الحفظ في %1.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الجهاز</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>إنهاء البرنامج</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Visits per day, last 14 days</source>
        <translation>الزيارات اليومية خلال آخر 14 يومًا</translation>
    </message>
    <message>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>العدّ متوقف: يتعذّر الكتابة في مجلد البيانات. راجع السجل.</translation>
    </message>
    <message>
        <source>Export counts (CSV)…</source>
        <translation>تصدير الإحصاءات (CSV)…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>مدة الخمول قبل إعادة الضبط</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Problems in the settings file (defaults used):</source>
        <translation>مشكلات في ملف الإعدادات (استُخدمت القيم الافتراضية):</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <source>Before you read</source>
        <translation>قبل أن تقرأ</translation>
    </message>
    <message>
        <source>This story describes the exploitation of a real person and may be upsetting. It contains no graphic images. You can stop at any time.</source>
        <translation>تصف هذه القصة استغلال شخص حقيقي، وقد تكون مؤلمة. لا تتضمن أي صور صادمة. يمكنك التوقف في أي وقت.</translation>
    </message>
    <message>
        <source>Continue to the story</source>
        <translation>متابعة القصة</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>العودة إلى القصص</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>تنبيه بشأن المحتوى</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <source>Content: bundled content</source>
        <translation>المحتوى: المحتوى المضمَّن</translation>
    </message>
    <message>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>المحتوى: الحزمة %1، الإصدار %2، أُنشئت في %3</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <source>%1, version %2, created %3</source>
        <translation>%1، الإصدار %2، أُنشئ في %3</translation>
    </message>
    <message>
        <source>Not a readable content pack (file of %1)</source>
        <translation>ليست حزمة محتوى قابلة للقراءة (ملف بتاريخ %1)</translation>
    </message>
    <message>
        <source>signed by a trusted key</source>
        <translation>موقّعة بمفتاح موثوق</translation>
    </message>
    <message>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>غير موقّعة بمفتاح موثوق؛ مسموح بها في الإعدادات</translation>
    </message>
    <message>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>غير موقّعة بمفتاح موثوق: سيتم رفضها</translation>
    </message>
    <message>
        <source>it will be refused</source>
        <translation>سيتم رفضها</translation>
    </message>
    <message>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>لم يُعثر على أي حزمة محتوى (ملف ‎.kpack). ضع حزمة في المجلد المراقَب أو على ذاكرة USB، أدخلها، ثم اضغط «البحث مرة أخرى». أماكن البحث: %1</translation>
    </message>
    <message>
        <source>(no watch folder set, no removable media)</source>
        <translation>(لا يوجد مجلد مراقَب ولا وسائط قابلة للإزالة)</translation>
    </message>
    <message>
        <source>Content packs (*.kpack)</source>
        <translation>حزم المحتوى (*.kpack)</translation>
    </message>
    <message>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>تم تثبيت الحزمة %1؛ يعرضها الكشك الآن.</translation>
    </message>
    <message>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>رُفضت الحزمة؛ لم يتغير المحتوى:
%1</translation>
    </message>
    <message>
        <source>Rolled back to the previous content.</source>
        <translation>تمت العودة إلى المحتوى السابق.</translation>
    </message>
    <message>
        <source>Could not roll back:
%1</source>
        <translation>تعذّر التراجع:
%1</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>جارٍ التحقق من الحزمة…</translation>
    </message>
    <message>
        <source>Unpacking and checking every file…</source>
        <translation>جارٍ فك الحزمة والتحقق من كل ملف…</translation>
    </message>
    <message>
        <source>Building the content database…</source>
        <translation>جارٍ إنشاء قاعدة بيانات المحتوى…</translation>
    </message>
    <message>
        <source>Switching to the new content…</source>
        <translation>جارٍ التبديل إلى المحتوى الجديد…</translation>
    </message>
    <message>
        <source>Installing a content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Install a pack…</source>
        <translation>تثبيت حزمة…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>التراجع</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>الإدارة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>الانتقال إلى صفحة</translation>
    </message>
    <message>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>هذه الوثيقة غير مثبتة على هذا الجهاز. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>تعذّر فتح هذه الوثيقة لأن الملف تالف. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>عرض الصفحة</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <source>Show the list of pages</source>
        <translation>عرض قائمة الصفحات</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>The stories cannot be shown right now</source>
        <translation>لا يمكن عرض القصص الآن</translation>
    </message>
    <message>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>محتوى هذا الجهاز مفقود أو تالف. يُرجى أن تطلب من أحد الموظفين إعادة تثبيته.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Awareness kiosk</source>
        <translation>منصة التوعية</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Film language</source>
        <translation>لغة الفيلم</translation>
    </message>
    <message>
        <source>Subtitles:</source>
        <translation>الترجمة المرئية:</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>الترجمة المرئية</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>الموضع في الفيلم</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 ث</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>رجوع 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>تقدّم 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>تشغيل الصوت</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>هذا الفيلم غير مثبت على هذا الجهاز. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>لا يمكن تشغيل هذا الفيلم على هذا الجهاز. يُرجى سؤال الموظفين.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>كل القصص</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>ستعود الشاشة إلى البداية بعد أقل من ثانية.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد ثانية واحدة.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد ثانيتين.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد %n ثوانٍ.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد %n ثانية.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Show the kiosk in this language</source>
        <translation>عرض المحتوى بهذه اللغة</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Scan the code or type this address:</source>
        <translation>امسح الرمز أو اكتب هذا العنوان:</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>رمز QR للعنوان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Together against human trafficking</source>
        <translation>معًا ضد الاتجار بالبشر</translation>
    </message>
    <message>
        <source>True stories, guides and films, available offline</source>
        <translation>قصص حقيقية وأدلة وأفلام، متاحة دون اتصال بالإنترنت</translation>
    </message>
    <message>
        <source>Guides, films and support</source>
        <translation>أدلة وأفلام ودعم</translation>
    </message>
    <message>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>إذا كنت أنت أو أي شخص تعرفه بحاجة إلى مساعدة، فتحدّث إلى أحد الموظفين.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Leave this page at once for a neutral screen</source>
        <translation>مغادرة هذه الصفحة فورًا إلى شاشة محايدة</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <source>Filter the stories</source>
        <translation>تصفية القصص</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Touch the screen to continue.</source>
        <translation>المس الشاشة للمتابعة.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>رمز PIN غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>لم يُعيَّن رمز PIN للإدارة. يمكن للموظفين تعيينه على هذا الحاسوب باستخدام: kiosk admin set-pin</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>حذف الرقم الأخير</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <source>Story %1 of %2</source>
        <extracomment>Rows loaded together around a requested row (the next slides come from the cache). The row the carousel shows after a reset (the story the visitor was on). How many loader calls ran (for tests of the lazy loading).</extracomment>
        <translation>القصة %1 من %2</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>يحصي هذا الجهاز فقط عدد مرات فتح الصفحات في كل ساعة، ولا يحفظ أي شيء عنك.</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search stories</source>
        <translation>البحث في القصص</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <source>Results for “%1”</source>
        <translation>نتائج البحث عن «%1»</translation>
    </message>
    <message>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>لم يُعثر على قصص عن «%1». جرّب كلمة أخرى أو تصفّح المواضيع.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>أكثر</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <source>Credit: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Story. Press Enter to read it.</source>
        <translation>قصة. اضغط Enter لقراءتها.</translation>
    </message>
    <message>
        <source>Read the story</source>
        <translation>اقرأ القصة</translation>
    </message>
    <message>
        <source>No stories to show.</source>
        <translation>لا توجد قصص لعرضها.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <source>Previous story</source>
        <translation>القصة السابقة</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>القصة التالية</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Translated by %1</source>
        <translation>ترجمة %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>العودة إلى القصص</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>نص القصة</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>English</source>
        <extracomment>Language names as they are said inside a sentence of the interface language.</extracomment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Not yet available in %1, shown in %2</source>
        <translation>غير متوفر بعد باللغة %1، ويُعرض باللغة %2</translation>
    </message>
</context>
</TS>
