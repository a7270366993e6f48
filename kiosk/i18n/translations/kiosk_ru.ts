<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/screens/admin_panel.py" line="+261"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories read</source>
        <translation>Прочитано историй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources opened</source>
        <translation>Открыто материалов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Films played</source>
        <translation>Просмотрено фильмов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages chosen</source>
        <translation>Выбранные языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exits</source>
        <translation>Быстрые выходы</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Look again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>USB-накопитель не найден. Вставьте его и нажмите «Искать снова».</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Export usage counts</source>
        <translation>Экспорт статистики использования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Сохранена %n строка в %1.</numerusform>
            <numerusform>Сохранено %n строки в %1.</numerusform>
            <numerusform>Сохранено %n строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save to %1.</source>
        <translation>Не удалось сохранить в %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>Не сохранено: строка %1 файла настроек — недопустимый TOML. Сначала исправьте её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>Не сохранено: файл настроек не читается. Сначала исправьте его.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться к терминалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program</source>
        <translation>Выйти из программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits per day, last 14 days</source>
        <translation>Посещения по дням за последние 14 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits counted in the last 14 days.</source>
        <translation>За последние 14 дней не учтено ни одного посещения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>Подсчёт отключён: нет записи в папку данных. См. журнал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export counts (CSV)…</source>
        <translation>Экспорт статистики (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Idle time before reset</source>
        <translation>Время бездействия до сброса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the settings file (defaults used):</source>
        <translation>Ошибки в файле настроек (используются значения по умолчанию):</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+160"/>
        <source>Earlier choices</source>
        <translation>Предыдущие варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices</source>
        <translation>Другие варианты</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../ui/pages/content_note.py" line="+78"/>
        <source>Before you read</source>
        <translation>Прежде чем читать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>Эта история может вас расстроить. В ней нет изображений, и вы можете прекратить чтение в любой момент.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue to the story</source>
        <translation>Перейти к истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>Назад к историям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>Предупреждение о содержании</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../ui/screens/admin_content.py" line="+116"/>
        <source>Content: bundled content</source>
        <translation>Содержимое: встроенное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>Содержимое: пакет %1, версия %2, создан %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Install a content pack</source>
        <translation>Установить пакет содержимого</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1, version %2, created %3</source>
        <translation>%1, версия %2, создан %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a readable content pack (file of %1)</source>
        <translation>Не читаемый пакет содержимого (файл от %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a trusted key</source>
        <translation>подписан доверенным ключом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>не подписан доверенным ключом; разрешено настройками</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>не подписан доверенным ключом: будет отклонён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it will be refused</source>
        <translation>будет отклонён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>Пакет содержимого (файл .kpack) не найден. Положите его в отслеживаемую папку или на USB-накопитель, вставьте его и нажмите «Искать снова». Проверено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no watch folder set, no removable media)</source>
        <translation>(отслеживаемая папка не задана, съёмных носителей нет)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content packs (*.kpack)</source>
        <translation>Пакеты содержимого (*.kpack)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>Пакет %1 установлен; киоск теперь показывает его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>Пакет отклонён; содержимое не изменилось:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back to the previous content.</source>
        <translation>Восстановлено предыдущее содержимое.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not roll back:
%1</source>
        <translation>Не удалось откатить:
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the pack…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking and checking every file…</source>
        <translation>Распаковка и проверка каждого файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the content database…</source>
        <translation>Создание базы данных содержимого…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new content…</source>
        <translation>Переключение на новое содержимое…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing a content pack</source>
        <translation>Установка пакета содержимого</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a pack…</source>
        <translation>Установить пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../ui/desktop_menu.py" line="+134"/>
        <source>Content studio</source>
        <translation>Студия контента</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration…</source>
        <translation>Администрирование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content studio…</source>
        <translation>Студия контента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Самый крупный текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/pages/document_page.py" line="+495"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>Перейти к странице</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>Этот документ не установлен на этом терминале. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>Не удаётся открыть документ: файл повреждён. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the screen</source>
        <translation>Размер страницы на экране</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Page width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of pages</source>
        <translation>Показать список страниц</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Zoom: %1</source>
        <translation>Масштаб: %1</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../../ui/screens/error_screen.py" line="+101"/>
        <source>The stories cannot be shown right now</source>
        <translation>Сейчас истории не могут быть показаны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>Содержимое этого терминала отсутствует или повреждено. Пожалуйста, попросите сотрудника установить его заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness kiosk</source>
        <translation>Информационный терминал</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <location filename="../../ui/pages/film_page.py" line="+664"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film language</source>
        <translation>Язык фильма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles:</source>
        <translation>Субтитры:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+314"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Film in %1</source>
        <extracomment>Over, beside or under a film whose version in the interface language does not exist. %1: the language the film speaks, as said in a sentence (&quot;English&quot;).</extracomment>
        <translation>Фильм на языке «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position in the film</source>
        <translation>Позиция в фильме</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>10 s</source>
        <translation>10 с</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back 10 seconds</source>
        <translation>Назад на 10 секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>Вперёд на 10 секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound on</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>Этот фильм не установлен на этом терминале. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>Этот фильм невозможно воспроизвести на этом терминале. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+144"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All stories</source>
        <translation>Все истории</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <location filename="../../ui/screens/idle_warning.py" line="+73"/>
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>Экран вернётся в начало через %n секунду.</numerusform>
            <numerusform>Экран вернётся в начало через %n секунды.</numerusform>
            <numerusform>Экран вернётся в начало через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../studio/item_list.py" line="+120"/>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Search titles in every language</source>
        <translation>Поиск по заголовкам на всех языках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../../studio/publish.py" line="+130"/>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>Пакеты подписываются вашим ключом. Киоск принимает их, когда этот открытый ключ внесён в его настройки (trusted_keys):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>У вас ещё нет ключа подписи: он будет создан при первой публикации. Если ключ уже есть на другом компьютере, импортируйте его.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key copied.</source>
        <translation>Открытый ключ скопирован.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>Ключ сохранён в %1. Храните его в тайне: любой, у кого он есть, может подписывать пакеты.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key imported: packs are now signed with it.</source>
        <translation>Ключ импортирован: теперь пакеты подписываются им.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the signing key</source>
        <translation>Экспорт ключа подписи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a signing key</source>
        <translation>Импорт ключа подписи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the key…</source>
        <translation>Экспортировать ключ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a key…</source>
        <translation>Импортировать ключ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../ui/widgets/language_bar.py" line="+75"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the kiosk in this language</source>
        <translation>Показать терминал на этом языке</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../studio/text_pane.py" line="+254"/>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>Версии на языке «%1» нет. Посетители, выбравшие этот язык, читают текст на другом языке, и киоск сообщает им об этом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a version in %1</source>
        <translation>Написать версию на языке «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this side</source>
        <translation>Язык этой стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>Текст (Markdown: пустая строка начинает абзац)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our translation, by:</source>
        <translation>Наш перевод, выполнен:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>Тогда посетители видят под заголовком «Перевод:» и это название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of your organisation</source>
        <translation>Название вашей организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this language version</source>
        <translation>Удалить эту языковую версию</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../ui/pages/link_page.py" line="+156"/>
        <source>Scan the code or type this address:</source>
        <translation>Отсканируйте код или введите этот адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the address</source>
        <translation>QR-код адреса</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../ui/widgets/listen_button.py" line="+92"/>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the title and the text aloud</source>
        <translation>Читает заголовок и текст вслух</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+841"/>
        <location line="+1"/>
        <source>Together against human trafficking</source>
        <translation>Вместе против торговли людьми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stories, guides and films, available offline</source>
        <translation>Реальные истории, руководства и фильмы — без интернета</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Guides, films and support</source>
        <translation>Руководства, фильмы и помощь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>Если вам или вашим знакомым нужна помощь, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this page at once for a neutral screen</source>
        <translation>Немедленно перейти с этой страницы на нейтральный экран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the stories</source>
        <translation>Отбор историй</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../../studio/fields.py" line="+135"/>
        <source>No file</source>
        <translation>Нет файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (file not found)</source>
        <translation>%1 (файл не найден)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../ui/screens/neutral_screen.py" line="+47"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to continue.</source>
        <translation>Коснитесь экрана, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../studio/window.py" line="+119"/>
        <source>New story</source>
        <translation>Новая история</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>Новый ресурс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/screens/pin_pad.py" line="+180"/>
        <source>PIN: no digits entered</source>
        <translation>PIN-код: цифры не введены</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PIN: %n digit(s) entered</source>
        <translation>
            <numerusform>PIN-код: введена %n цифра</numerusform>
            <numerusform>PIN-код: введено %n цифры</numerusform>
            <numerusform>PIN-код: введено %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>PIN-код администратора не задан. Сотрудники могут задать его на этом компьютере командой: kiosk admin set-pin</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+203"/>
        <source>Story %1 of %2</source>
        <translation>История %1 из %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../studio/preview.py" line="+151"/>
        <source>Preview in the kiosk</source>
        <translation>Предпросмотр в киоске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>Горизонтальный киоск, 1920 × 1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>Вертикальная стойка, 1080 × 1920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>Ноутбук или проектор, 1366 × 768</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small laptop, 1280 × 800</source>
        <translation>Небольшой ноутбук, 1280 × 800</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>Киоск откроется с вашим изменённым контентом так, как его увидят посетители. Закройте его окно, чтобы вернуться.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the preview</source>
        <translation>Открыть предпросмотр</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <location filename="../../ui/screens/privacy_note.py" line="+21"/>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>Терминал учитывает только, сколько раз в час открываются страницы. О вас он ничего не сохраняет.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../studio/publish.py" line="+70"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No pack was written:</source>
        <translation>Пакет не записан:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>Опубликовано: %1 (%2). Скопируйте файл в отслеживаемую папку киосков или установите его на месте.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to save the pack</source>
        <translation>Куда сохранить пакет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a content pack</source>
        <translation>Публикация пакета контента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save in</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed, for the people who install it</source>
        <translation>Что изменилось — для тех, кто будет устанавливать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <location filename="../../studio/resource_editor.py" line="+31"/>
        <source>Document (PDF)</source>
        <translation>Документ (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fund (address as QR code)</source>
        <translation>Фонд (адрес в виде QR-кода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (address as QR code)</source>
        <translation>Ссылка (адрес в виде QR-кода)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>Значок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (QR code)</source>
        <translation>Адрес (QR-код)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>Имя значка Font Awesome 5, например fa5s.first-aid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File, %1</source>
        <translation>Файл, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitles, %1</source>
        <translation>Субтитры, %1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <location filename="../../ui/pages/resource_header.py" line="+141"/>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>Языковые версии оригинала, названные в источниках: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources name no language version of the original.</source>
        <translation>В источниках не названо ни одной языковой версии оригинала.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/widgets/search_field.py" line="+84"/>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>Поиск историй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <location filename="../../ui/pages/search_results.py" line="+449"/>
        <source>Results for “%1”</source>
        <translation>Результаты по запросу «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте другое слово или выберите тему.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/widgets/stepper.py" line="+89"/>
        <source>Less</source>
        <translation>Меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Больше</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <location filename="../../ui/widgets/story_card.py" line="+213"/>
        <source>Story. Press Enter to read it.</source>
        <translation>История. Нажмите Enter, чтобы прочитать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Read the story</source>
        <translation>Читать историю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stories to show.</source>
        <translation>Нет историй для показа.</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+350"/>
        <location line="+2"/>
        <source>Previous story</source>
        <translation>Предыдущая история</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Next story</source>
        <translation>Следующая история</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../../studio/story_editor.py" line="+278"/>
        <source>No single country</source>
        <translation>Не одна страна</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The general note</source>
        <translation>Общее предупреждение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worded for this story (in story.toml)</source>
        <translation>Составлено для этой истории (в story.toml)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>How visitors see it (%1)</source>
        <translation>Как это видят посетители (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Автор фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source address</source>
        <translation>Адрес источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Деликатная тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>Предупреждение о содержании</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal account: visitors see a content note first</source>
        <translation>Личная история: посетители сначала видят предупреждение</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <location filename="../../ui/pages/story_page.py" line="+810"/>
        <source>Translated by %1</source>
        <translation>Перевод: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excerpt: only the opening of the news item</source>
        <translation>Отрывок: только начало новости</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source: %1, news item of %2</source>
        <translation>Источник: %1, новость от %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original: %1</source>
        <translation>Оригинал: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published on %1</source>
        <translation>Опубликовано %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More stories: %1</source>
        <translation>Другие истории: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1</source>
        <translation>Карта: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>Назад к историям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous story</source>
        <translation>Предыдущая история</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next story</source>
        <translation>Следующая история</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related stories</source>
        <translation>Похожие истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related help</source>
        <translation>Помощь по теме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story text</source>
        <translation>Текст истории</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../studio/window.py" line="+169"/>
        <source>Open a content folder</source>
        <translation>Открыть папку контента</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>add %1</source>
        <translation>добавление: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate %1</source>
        <translation>копирование: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete %1</source>
        <translation>удаление: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the %1 version</source>
        <translation>удаление версии %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order saved.</source>
        <translation>Новый порядок сохранён.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems to fix before publishing: %1</source>
        <translation>Проблем, которые нужно исправить перед публикацией: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: ready to publish</source>
        <translation>Проблем нет: можно публиковать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>Предупреждений: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Fix the problems listed below first</source>
        <translation>Сначала исправьте проблемы, перечисленные ниже</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The preview needs content without problems:</source>
        <translation>Для предпросмотра контент должен быть без проблем:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published %1</source>
        <translation>Опубликовано: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content studio — %1</source>
        <translation>Студия контента — %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a content folder…</source>
        <translation>Открыть папку контента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New story</source>
        <translation>Новая история</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource</source>
        <translation>Новый ресурс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview in the kiosk…</source>
        <translation>Предпросмотр в киоске…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything again</source>
        <translation>Проверить всё заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish…</source>
        <translation>Опубликовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key…</source>
        <translation>Ключ подписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the studio</source>
        <translation>Закрыть студию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>Выберите историю или ресурс слева либо создайте новый. Каждое изменение сразу сохраняется в папке контента и проверяется по мере ввода.</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <location filename="../../ui/widgets/text_size.py" line="+60"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>Самый крупный текст</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="+15"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, M month number, MMMM the month&apos;s name, yyyy the year. Write it in your language&apos;s order, e.g. French &quot;d MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>d MMMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published in %1</source>
        <translation>Опубликовано на языке «%1»</translation>
    </message>
</context>
</TS>
