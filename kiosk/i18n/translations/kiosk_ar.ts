<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/screens/admin_panel.py" line="+261"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories read</source>
        <translation>القصص المقروءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources opened</source>
        <translation>الموارد المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Films played</source>
        <translation>الأفلام المشغّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages chosen</source>
        <translation>اللغات المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exits</source>
        <translation>مرات الخروج السريع</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Look again</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>لم يُعثر على ذاكرة USB. أدخل واحدة، ثم اضغط «البحث مرة أخرى».</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Export usage counts</source>
        <translation>تصدير إحصاءات الاستخدام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي صف في %1.</numerusform>
            <numerusform>حُفظ صف واحد في %1.</numerusform>
            <numerusform>حُفظ صفان في %1.</numerusform>
            <numerusform>حُفظت %Ln صفوف في %1.</numerusform>
            <numerusform>حُفظ %Ln صفًا في %1.</numerusform>
            <numerusform>حُفظ %Ln صف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save to %1.</source>
        <translation>تعذّر الحفظ في %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>لم يُحفظ: السطر %1 من ملف الإعدادات ليس بصيغة TOML صحيحة. صحّحه أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>لم يُحفظ: تعذّرت قراءة ملف الإعدادات. صحّحه أولًا.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program</source>
        <translation>إنهاء البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits per day, last 14 days</source>
        <translation>الزيارات اليومية خلال آخر ١٤ يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits counted in the last 14 days.</source>
        <translation>لم تُحتسب أي زيارة خلال آخر ١٤ يومًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>العدّ متوقف: يتعذّر الكتابة في مجلد البيانات. راجع السجل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export counts (CSV)…</source>
        <translation>تصدير الإحصاءات (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Idle time before reset</source>
        <translation>مدة الخمول قبل إعادة الضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the settings file (defaults used):</source>
        <translation>مشكلات في ملف الإعدادات (استُخدمت القيم الافتراضية):</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+160"/>
        <source>Earlier choices</source>
        <translation>الخيارات السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices</source>
        <translation>مزيد من الخيارات</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../ui/pages/content_note.py" line="+78"/>
        <source>Before you read</source>
        <translation>قبل أن تقرأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>قد تكون هذه القصة مؤلمة. لا تتضمن أي صور، ويمكنك التوقف عن القراءة في أي وقت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue to the story</source>
        <translation>متابعة القصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>العودة إلى القصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>تنبيه بشأن المحتوى</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../ui/screens/admin_content.py" line="+116"/>
        <source>Content: bundled content</source>
        <translation>المحتوى: المحتوى المضمَّن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>المحتوى: الحزمة %1، الإصدار %2، أُنشئت في %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look again</source>
        <translation>البحث مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Install a content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1, version %2, created %3</source>
        <translation>%1، الإصدار %2، أُنشئ في %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a readable content pack (file of %1)</source>
        <translation>ليست حزمة محتوى قابلة للقراءة (ملف بتاريخ %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a trusted key</source>
        <translation>موقّعة بمفتاح موثوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>غير موقّعة بمفتاح موثوق؛ مسموح بها في الإعدادات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>غير موقّعة بمفتاح موثوق: سيتم رفضها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it will be refused</source>
        <translation>سيتم رفضها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>لم يُعثر على أي حزمة محتوى (ملف ‎.kpack). ضع حزمة في المجلد المراقَب أو على ذاكرة USB، أدخلها، ثم اضغط «البحث مرة أخرى». أماكن البحث: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no watch folder set, no removable media)</source>
        <translation>(لا يوجد مجلد مراقَب ولا وسائط قابلة للإزالة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content packs (*.kpack)</source>
        <translation>حزم المحتوى (*.kpack)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>تم تثبيت الحزمة %1؛ يعرضها الكشك الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>رُفضت الحزمة؛ لم يتغير المحتوى:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back to the previous content.</source>
        <translation>تمت العودة إلى المحتوى السابق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not roll back:
%1</source>
        <translation>تعذّر التراجع:
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the pack…</source>
        <translation>جارٍ التحقق من الحزمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking and checking every file…</source>
        <translation>جارٍ فك الحزمة والتحقق من كل ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the content database…</source>
        <translation>جارٍ إنشاء قاعدة بيانات المحتوى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new content…</source>
        <translation>جارٍ التبديل إلى المحتوى الجديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing a content pack</source>
        <translation>تثبيت حزمة محتوى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a pack…</source>
        <translation>تثبيت حزمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>التراجع</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../ui/desktop_menu.py" line="+134"/>
        <source>Content studio</source>
        <translation>استوديو المحتوى</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration…</source>
        <translation>الإدارة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content studio…</source>
        <translation>استوديو المحتوى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>أكبر نص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>أصغر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/pages/document_page.py" line="+495"/>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>الانتقال إلى صفحة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>هذه الوثيقة غير مثبتة على هذا الجهاز. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>تعذّر فتح هذه الوثيقة لأن الملف تالف. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the screen</source>
        <translation>ملاءمة الصفحة للشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Page width</source>
        <translation>عرض الصفحة</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of pages</source>
        <translation>عرض قائمة الصفحات</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Zoom: %1</source>
        <translation>التكبير: %1</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../../ui/screens/error_screen.py" line="+101"/>
        <source>The stories cannot be shown right now</source>
        <translation>لا يمكن عرض القصص الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>محتوى هذا الجهاز مفقود أو تالف. يُرجى أن تطلب من أحد الموظفين إعادة تثبيته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness kiosk</source>
        <translation>منصة التوعية</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <location filename="../../ui/pages/film_page.py" line="+664"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film language</source>
        <translation>لغة الفيلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles:</source>
        <translation>الترجمة المرئية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles</source>
        <translation>الترجمة المرئية</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+314"/>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Film in %1</source>
        <extracomment>Over, beside or under a film whose version in the interface language does not exist. %1: the language the film speaks, as said in a sentence (&quot;English&quot;).</extracomment>
        <translation>الفيلم باللغة %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position in the film</source>
        <translation>الموضع في الفيلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>10 s</source>
        <translation>10 ث</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back 10 seconds</source>
        <translation>رجوع 10 ثوانٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>تقدّم 10 ثوانٍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound on</source>
        <translation>تشغيل الصوت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>هذا الفيلم غير مثبت على هذا الجهاز. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>لا يمكن تشغيل هذا الفيلم على هذا الجهاز. يُرجى سؤال الموظفين.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+144"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All stories</source>
        <translation>كل القصص</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <location filename="../../ui/screens/idle_warning.py" line="+73"/>
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>ستعود الشاشة إلى البداية بعد أقل من ثانية.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد ثانية واحدة.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد ثانيتين.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد %Ln ثوانٍ.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد %Ln ثانية.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../studio/item_list.py" line="+120"/>
        <source>present</source>
        <translation>موجودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Search titles in every language</source>
        <translation>البحث في العناوين بكل اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../../studio/publish.py" line="+130"/>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>تُوقَّع الحزم بمفتاحك. يقبلها الكشك عندما يُضاف هذا المفتاح العام إلى إعداداته (trusted_keys):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>ليس لديك مفتاح توقيع بعد: يُنشأ لك عند أول نشر. إذا كان لديك مفتاح على حاسوب آخر، فاستورده.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key copied.</source>
        <translation>نُسخ المفتاح العام.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>حُفظ المفتاح في %1. احتفظ به سرًا: من يملكه يستطيع توقيع الحزم.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key imported: packs are now signed with it.</source>
        <translation>استُورد المفتاح: ستُوقَّع الحزم به من الآن.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the signing key</source>
        <translation>تصدير مفتاح التوقيع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a signing key</source>
        <translation>استيراد مفتاح توقيع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the key…</source>
        <translation>تصدير المفتاح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a key…</source>
        <translation>استيراد مفتاح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../ui/widgets/language_bar.py" line="+75"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the kiosk in this language</source>
        <translation>عرض المحتوى بهذه اللغة</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../studio/text_pane.py" line="+254"/>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>لا توجد نسخة باللغة %1. من يختار %1 من الزوار يقرأ لغة أخرى، ويخبره الكشك بذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a version in %1</source>
        <translation>كتابة نسخة باللغة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this side</source>
        <translation>لغة هذا الجانب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>النص (Markdown: سطر فارغ يبدأ فقرة جديدة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our translation, by:</source>
        <translation>ترجمتنا، من قِبل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>يقرأ الزوار عندئذٍ «ترجمة» وهذا الاسم تحت العنوان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of your organisation</source>
        <translation>اسم منظمتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this language version</source>
        <translation>حذف هذه النسخة اللغوية</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../ui/pages/link_page.py" line="+156"/>
        <source>Scan the code or type this address:</source>
        <translation>امسح الرمز أو اكتب هذا العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the address</source>
        <translation>رمز QR للعنوان</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../ui/widgets/listen_button.py" line="+92"/>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the title and the text aloud</source>
        <translation>يقرأ العنوان والنص بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+841"/>
        <location line="+1"/>
        <source>Together against human trafficking</source>
        <translation>معًا ضد الاتجار بالبشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stories, guides and films, available offline</source>
        <translation>قصص حقيقية وأدلة وأفلام، متاحة دون اتصال بالإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Guides, films and support</source>
        <translation>أدلة وأفلام ودعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>إذا كنت أنت أو أي شخص تعرفه بحاجة إلى مساعدة، فتحدّث إلى أحد الموظفين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this page at once for a neutral screen</source>
        <translation>مغادرة هذه الصفحة فورًا إلى شاشة محايدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the stories</source>
        <translation>تصفية القصص</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../../studio/fields.py" line="+135"/>
        <source>No file</source>
        <translation>لا يوجد ملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (file not found)</source>
        <translation>%1 (الملف غير موجود)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../ui/screens/neutral_screen.py" line="+47"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to continue.</source>
        <translation>المس الشاشة للمتابعة.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../studio/window.py" line="+119"/>
        <source>New story</source>
        <translation>قصة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>مورد جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/screens/pin_pad.py" line="+180"/>
        <source>PIN: no digits entered</source>
        <translation>رمز PIN: لم يُدخل أي رقم</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PIN: %n digit(s) entered</source>
        <translation>
            <numerusform>رمز PIN: لم يُدخل أي رقم</numerusform>
            <numerusform>رمز PIN: أُدخل رقم واحد</numerusform>
            <numerusform>رمز PIN: أُدخل رقمان</numerusform>
            <numerusform>رمز PIN: أُدخلت %Ln أرقام</numerusform>
            <numerusform>رمز PIN: أُدخل %Ln رقمًا</numerusform>
            <numerusform>رمز PIN: أُدخل %Ln رقم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>رمز PIN غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>لم يُعيَّن رمز PIN للإدارة. يمكن للموظفين تعيينه على هذا الحاسوب باستخدام: kiosk admin set-pin</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>حذف الرقم الأخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+203"/>
        <source>Story %1 of %2</source>
        <translation>القصة %1 من %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../studio/preview.py" line="+151"/>
        <source>Preview in the kiosk</source>
        <translation>معاينة في الكشك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>كشك أفقي، 1920 × 1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>حامل عمودي، 1080 × 1920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>حاسوب محمول أو جهاز عرض، 1366 × 768</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small laptop, 1280 × 800</source>
        <translation>حاسوب محمول صغير، 1280 × 800</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk</source>
        <translation>كشك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>يُفتح الكشك على المحتوى الذي عدّلته كما سيراه الزوار. أغلق نافذته للعودة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the preview</source>
        <translation>فتح المعاينة</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <location filename="../../ui/screens/privacy_note.py" line="+21"/>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>يحصي هذا الجهاز فقط عدد مرات فتح الصفحات في كل ساعة، ولا يحفظ أي شيء عنك.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../studio/publish.py" line="+70"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No pack was written:</source>
        <translation>لم تُكتب أي حزمة:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>نُشر %1 (%2). انسخه إلى المجلد المراقَب في الأكشاك أو ثبّته هناك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to save the pack</source>
        <translation>مكان حفظ الحزمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a content pack</source>
        <translation>نشر حزمة محتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save in</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed, for the people who install it</source>
        <translation>ما الذي تغيّر، لمن سيثبّتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <location filename="../../studio/resource_editor.py" line="+31"/>
        <source>Document (PDF)</source>
        <translation>مستند (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Film</source>
        <translation>فيلم</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fund (address as QR code)</source>
        <translation>صندوق (العنوان كرمز QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (address as QR code)</source>
        <translation>رابط (العنوان كرمز QR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>الأيقونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (QR code)</source>
        <translation>العنوان (رمز QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>اسم من Font Awesome 5، مثل fa5s.first-aid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File, %1</source>
        <translation>الملف، %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitles, %1</source>
        <translation>الترجمة المصاحبة، %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <location filename="../../ui/pages/resource_header.py" line="+141"/>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>النسخ اللغوية من الأصل التي تذكرها المصادر: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources name no language version of the original.</source>
        <translation>لا تذكر المصادر أي نسخة لغوية من الأصل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/widgets/search_field.py" line="+84"/>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>البحث في القصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <location filename="../../ui/pages/search_results.py" line="+449"/>
        <source>Results for “%1”</source>
        <translation>نتائج البحث عن «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>لم يُعثر على قصص عن «%1». جرّب كلمة أخرى أو تصفّح المواضيع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/widgets/stepper.py" line="+89"/>
        <source>Less</source>
        <translation>أقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>أكثر</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <location filename="../../ui/widgets/story_card.py" line="+213"/>
        <source>Story. Press Enter to read it.</source>
        <translation>قصة. اضغط Enter لقراءتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Read the story</source>
        <translation>اقرأ القصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stories to show.</source>
        <translation>لا توجد قصص لعرضها.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+350"/>
        <location line="+2"/>
        <source>Previous story</source>
        <translation>القصة السابقة</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Next story</source>
        <translation>القصة التالية</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../../studio/story_editor.py" line="+278"/>
        <source>No single country</source>
        <translation>ليست دولة بعينها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The general note</source>
        <translation>التنبيه العام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worded for this story (in story.toml)</source>
        <translation>مصوغ لهذه القصة (في story.toml)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>How visitors see it (%1)</source>
        <translation>كما يراها الزوار (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source address</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>حساسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>تنبيه بشأن المحتوى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal account: visitors see a content note first</source>
        <translation>شهادة شخصية: يرى الزوار تنبيهًا بشأن المحتوى أولًا</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <location filename="../../ui/pages/story_page.py" line="+810"/>
        <source>Translated by %1</source>
        <translation>ترجمة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excerpt: only the opening of the news item</source>
        <translation>مقتطف: بداية الخبر فقط</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source: %1, news item of %2</source>
        <translation>المصدر: %1، خبر بتاريخ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original: %1</source>
        <translation>الأصل: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published on %1</source>
        <translation>نُشر في %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More stories: %1</source>
        <translation>مزيد من القصص: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1</source>
        <translation>خريطة: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>العودة إلى القصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous story</source>
        <translation>القصة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next story</source>
        <translation>القصة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related stories</source>
        <translation>قصص ذات صلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related help</source>
        <translation>مساعدة ذات صلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story text</source>
        <translation>نص القصة</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../studio/window.py" line="+169"/>
        <source>Open a content folder</source>
        <translation>فتح مجلد محتوى</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate %1</source>
        <translation>تكرار %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the %1 version</source>
        <translation>حذف النسخة %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order saved.</source>
        <translation>حُفظ الترتيب الجديد.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems to fix before publishing: %1</source>
        <translation>مشكلات يجب إصلاحها قبل النشر: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: ready to publish</source>
        <translation>لا مشكلات: جاهز للنشر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>تحذيرات: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Fix the problems listed below first</source>
        <translation>أصلح أولًا المشكلات المذكورة أدناه</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The preview needs content without problems:</source>
        <translation>تتطلب المعاينة محتوى خاليًا من المشكلات:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published %1</source>
        <translation>نُشر %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content studio — %1</source>
        <translation>استوديو المحتوى — %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a content folder…</source>
        <translation>فتح مجلد محتوى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New story</source>
        <translation>قصة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource</source>
        <translation>مورد جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview in the kiosk…</source>
        <translation>معاينة في الكشك…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything again</source>
        <translation>إعادة التحقق من كل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key…</source>
        <translation>مفتاح التوقيع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the studio</source>
        <translation>إغلاق الاستوديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>اختر قصة أو موردًا من القائمة، أو أنشئ جديدًا. يُحفظ كل تغيير فورًا في مجلد المحتوى ويُتحقق منه أثناء الكتابة.</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <location filename="../../ui/widgets/text_size.py" line="+60"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>أكبر نص</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="+15"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, M month number, MMMM the month&apos;s name, yyyy the year. Write it in your language&apos;s order, e.g. French &quot;d MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published in %1</source>
        <translation>منشور باللغة %1</translation>
    </message>
</context>
</TS>
