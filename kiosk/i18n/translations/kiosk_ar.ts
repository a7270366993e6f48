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
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>لم يُعثر على ذاكرة USB. أدخل واحدة، ثم اضغط «البحث مرة أخرى».</translation>
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
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>لم يُحفظ: السطر %1 من ملف الإعدادات ليس بصيغة TOML صحيحة. صحّحه أولًا.</translation>
    </message>
    <message>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>لم يُحفظ: تعذّرت قراءة ملف الإعدادات. صحّحه أولًا.</translation>
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
    <name>ChipRow</name>
    <message>
        <source>Earlier choices</source>
        <translation>الخيارات السابقة</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>مزيد من الخيارات</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <source>Before you read</source>
        <translation>قبل أن تقرأ</translation>
    </message>
    <message>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>قد تكون هذه القصة مؤلمة. لا تتضمن أي صور، ويمكنك التوقف عن القراءة في أي وقت.</translation>
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
        <source>Content studio</source>
        <translation>استوديو المحتوى</translation>
    </message>
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
        <source>Content studio…</source>
        <translation>استوديو المحتوى…</translation>
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
    <name>ItemList</name>
    <message>
        <source>present</source>
        <translation>موجودة</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Search titles in every language</source>
        <translation>البحث في العناوين بكل اللغات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>تُوقَّع الحزم بمفتاحك. يقبلها الكشك عندما يُضاف هذا المفتاح العام إلى إعداداته (trusted_keys):</translation>
    </message>
    <message>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>ليس لديك مفتاح توقيع بعد: يُنشأ لك عند أول نشر. إذا كان لديك مفتاح على حاسوب آخر، فاستورده.</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>نُسخ المفتاح العام.</translation>
    </message>
    <message>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>حُفظ المفتاح في %1. احتفظ به سرًا: من يملكه يستطيع توقيع الحزم.</translation>
    </message>
    <message>
        <source>Key imported: packs are now signed with it.</source>
        <translation>استُورد المفتاح: ستُوقَّع الحزم به من الآن.</translation>
    </message>
    <message>
        <source>Export the signing key</source>
        <translation>تصدير مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>استيراد مفتاح توقيع</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>تصدير المفتاح…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>استيراد مفتاح…</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
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
    <name>LanguagePane</name>
    <message>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>لا توجد نسخة باللغة %1. من يختار %1 من الزوار يقرأ لغة أخرى، ويخبره الكشك بذلك.</translation>
    </message>
    <message>
        <source>Write a version in %1</source>
        <translation>كتابة نسخة باللغة %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Language of this side</source>
        <translation>لغة هذا الجانب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>النص (Markdown: سطر فارغ يبدأ فقرة جديدة)</translation>
    </message>
    <message>
        <source>Our translation, by:</source>
        <translation>ترجمتنا، من قِبل:</translation>
    </message>
    <message>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>يقرأ الزوار عندئذٍ «ترجمة» وهذا الاسم تحت العنوان.</translation>
    </message>
    <message>
        <source>Name of your organisation</source>
        <translation>اسم منظمتك</translation>
    </message>
    <message>
        <source>Delete this language version</source>
        <translation>حذف هذه النسخة اللغوية</translation>
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
        <extracomment>A closed resource page&apos;s memory goes back to the system this long after it closed. Pause between two languages warmed after the first frame (the visitor comes first).</extracomment>
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
    <name>MediaPicker</name>
    <message>
        <source>No file</source>
        <translation>لا يوجد ملف</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (الملف غير موجود)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
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
    <name>NewItemDialog</name>
    <message>
        <source>New story</source>
        <translation>قصة جديدة</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>مورد جديد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
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
    <name>PreviewDialog</name>
    <message>
        <source>Preview in the kiosk</source>
        <translation>معاينة في الكشك</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>كشك أفقي، 1920 × 1080</translation>
    </message>
    <message>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>حامل عمودي، 1080 × 1920</translation>
    </message>
    <message>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>حاسوب محمول أو جهاز عرض، 1366 × 768</translation>
    </message>
    <message>
        <source>Small laptop, 1280 × 800</source>
        <translation>حاسوب محمول صغير، 1280 × 800</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>كشك</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>يُفتح الكشك على المحتوى الذي عدّلته كما سيراه الزوار. أغلق نافذته للعودة.</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>فتح المعاينة</translation>
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
    <name>PublishDialog</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>No pack was written:</source>
        <translation>لم تُكتب أي حزمة:</translation>
    </message>
    <message>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>نُشر %1 (%2). انسخه إلى المجلد المراقَب في الأكشاك أو ثبّته هناك.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>مكان حفظ الحزمة</translation>
    </message>
    <message>
        <source>Publish a content pack</source>
        <translation>نشر حزمة محتوى</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>What changed, for the people who install it</source>
        <translation>ما الذي تغيّر، لمن سيثبّتها</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Document (PDF)</source>
        <translation>مستند (PDF)</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>فيلم</translation>
    </message>
    <message>
        <source>Fund (address as QR code)</source>
        <translation>صندوق (العنوان كرمز QR)</translation>
    </message>
    <message>
        <source>Link (address as QR code)</source>
        <translation>رابط (العنوان كرمز QR)</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>Short names for the resource list&apos;s column.</extracomment>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>الأيقونة</translation>
    </message>
    <message>
        <source>Address (QR code)</source>
        <translation>العنوان (رمز QR)</translation>
    </message>
    <message>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>اسم من Font Awesome 5، مثل fa5s.first-aid</translation>
    </message>
    <message>
        <source>File, %1</source>
        <translation>الملف، %1</translation>
    </message>
    <message>
        <source>Subtitles, %1</source>
        <translation>الترجمة المصاحبة، %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>النسخ اللغوية من الأصل التي تذكرها المصادر: %1</translation>
    </message>
    <message>
        <source>The sources name no language version of the original.</source>
        <translation>لا تذكر المصادر أي نسخة لغوية من الأصل.</translation>
    </message>
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
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
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
    <name>StoryEditor</name>
    <message>
        <source>No single country</source>
        <translation>ليست دولة بعينها</translation>
    </message>
    <message>
        <source>The general note</source>
        <translation>التنبيه العام</translation>
    </message>
    <message>
        <source>Worded for this story (in story.toml)</source>
        <translation>مصوغ لهذه القصة (في story.toml)</translation>
    </message>
    <message>
        <source>How visitors see it (%1)</source>
        <translation>كما يراها الزوار (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حساسة</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>تنبيه بشأن المحتوى</translation>
    </message>
    <message>
        <source>A personal account: visitors see a content note first</source>
        <translation>شهادة شخصية: يرى الزوار تنبيهًا بشأن المحتوى أولًا</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Translated by %1</source>
        <extracomment>Story text laid out per step: about 30 ms of work, so that a very long story (which a content editor was warned about) never freezes the interface while it opens. Tags whose stories offer a resource page as related help (tag -&gt; resource id). The reading column holds about this many characters a line (45-75 is comfortable).</extracomment>
        <translation>ترجمة %1</translation>
    </message>
    <message>
        <source>Excerpt: only the opening of the original news item is available here.</source>
        <translation>مقتطف: لا يتوفر هنا سوى بداية الخبر الأصلي.</translation>
    </message>
    <message>
        <source>Source: %1, news item of %2</source>
        <translation>المصدر: %1، خبر بتاريخ %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>الأصل: %1</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>نُشر في %1</translation>
    </message>
    <message>
        <source>More stories: %1</source>
        <translation>مزيد من القصص: %1</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>خريطة: %1</translation>
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
        <source>Previous story</source>
        <translation>القصة السابقة</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>القصة التالية</translation>
    </message>
    <message>
        <source>Related stories</source>
        <translation>قصص ذات صلة</translation>
    </message>
    <message>
        <source>Related help</source>
        <translation>مساعدة ذات صلة</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>نص القصة</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Open a content folder</source>
        <translation>فتح مجلد محتوى</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>تكرار %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>delete the %1 version</source>
        <translation>حذف النسخة %1</translation>
    </message>
    <message>
        <source>New order saved.</source>
        <translation>حُفظ الترتيب الجديد.</translation>
    </message>
    <message>
        <source>Problems to fix before publishing: %1</source>
        <translation>مشكلات يجب إصلاحها قبل النشر: %1</translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation>لا مشكلات: جاهز للنشر</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>تحذيرات: %1</translation>
    </message>
    <message>
        <source>Fix the problems listed below first</source>
        <translation>أصلح أولًا المشكلات المذكورة أدناه</translation>
    </message>
    <message>
        <source>The preview needs content without problems:</source>
        <translation>تتطلب المعاينة محتوى خاليًا من المشكلات:</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>نُشر %1</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Content studio — %1</source>
        <translation>استوديو المحتوى — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Open a content folder…</source>
        <translation>فتح مجلد محتوى…</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>قصة جديدة</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>مورد جديد</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Preview in the kiosk…</source>
        <translation>معاينة في الكشك…</translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation>إعادة التحقق من كل شيء</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation>مفتاح التوقيع…</translation>
    </message>
    <message>
        <source>Close the studio</source>
        <translation>إغلاق الاستوديو</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>اختر قصة أو موردًا من القائمة، أو أنشئ جديدًا. يُحفظ كل تغيير فورًا في مجلد المحتوى ويُتحقق منه أثناء الكتابة.</translation>
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
        <source>Published in %1</source>
        <translation>منشور باللغة %1</translation>
    </message>
</context>
</TS>
