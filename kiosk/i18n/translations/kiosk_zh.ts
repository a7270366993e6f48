<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/screens/admin_panel.py" line="+261"/>
        <source>Visits</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories read</source>
        <translation>已读故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources opened</source>
        <translation>已打开的资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Films played</source>
        <translation>已播放影片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages chosen</source>
        <translation>所选语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exits</source>
        <translation>快速离开次数</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick found. Insert one, then tap Look again.</source>
        <translation>未找到 U 盘。请插入后点按“重新查找”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Export usage counts</source>
        <translation>导出使用统计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save to %1.</source>
        <translation>无法保存到 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: line %1 of the settings file is not valid TOML. Fix it first.</source>
        <translation>未保存：设置文件第 %1 行不是有效的 TOML。请先改正。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the settings file cannot be read. Fix it first.</source>
        <translation>未保存：无法读取设置文件。请先改正。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>返回终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits per day, last 14 days</source>
        <translation>最近 14 天每日访问次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits counted in the last 14 days.</source>
        <translation>最近14天内未记录到任何访问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting is off: the data folder cannot be written. See the log.</source>
        <translation>计数已关闭：无法写入数据文件夹。请查看日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export counts (CSV)…</source>
        <translation>导出统计 (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Idle time before reset</source>
        <translation>无操作多久后重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems in the settings file (defaults used):</source>
        <translation>设置文件有问题（已使用默认值）：</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+160"/>
        <source>Earlier choices</source>
        <translation>前面的选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices</source>
        <translation>更多选项</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../ui/pages/content_note.py" line="+78"/>
        <source>Before you read</source>
        <translation>阅读前请注意</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This story may be upsetting. It contains no images, and you can stop reading at any time.</source>
        <translation>这个故事可能令人不安。故事中没有图片，您可以随时停止阅读。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue to the story</source>
        <translation>继续阅读</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>返回故事列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>内容提示</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../ui/screens/admin_content.py" line="+116"/>
        <source>Content: bundled content</source>
        <translation>内容：内置内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: pack %1, version %2, created %3</source>
        <translation>内容：内容包 %1，版本 %2，创建于 %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Install a content pack</source>
        <translation>安装内容包</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1, version %2, created %3</source>
        <translation>%1，版本 %2，创建于 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a readable content pack (file of %1)</source>
        <translation>不是可读取的内容包（文件日期 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a trusted key</source>
        <translation>由受信任的密钥签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key; allowed by the settings</source>
        <translation>未由受信任的密钥签名；设置允许安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed by a trusted key: it will be refused</source>
        <translation>未由受信任的密钥签名：将被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it will be refused</source>
        <translation>将被拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No content pack (.kpack file) was found. Put one in the watch folder or on a USB stick, insert it, then tap Look again. Looked in: %1</source>
        <translation>未找到内容包（.kpack 文件）。请将其放入监视文件夹或 U 盘，插入后点按“重新查找”。已查找：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no watch folder set, no removable media)</source>
        <translation>（未设置监视文件夹，也没有可移动存储）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content packs (*.kpack)</source>
        <translation>内容包 (*.kpack)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pack %1 installed; the kiosk now shows it.</source>
        <translation>内容包 %1 已安装；信息亭现在显示该内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack was refused; the content is unchanged:
%1</source>
        <translation>内容包被拒绝；内容未改变：
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back to the previous content.</source>
        <translation>已恢复到之前的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not roll back:
%1</source>
        <translation>无法回滚：
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the pack…</source>
        <translation>正在检查内容包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking and checking every file…</source>
        <translation>正在解包并检查每个文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the content database…</source>
        <translation>正在建立内容数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new content…</source>
        <translation>正在切换到新内容…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing a content pack</source>
        <translation>正在安装内容包</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a pack…</source>
        <translation>安装内容包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../ui/desktop_menu.py" line="+134"/>
        <source>Content studio</source>
        <translation>内容工作室</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content studio…</source>
        <translation>内容工作室…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text</source>
        <translation>标准文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>最大文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/pages/document_page.py" line="+495"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to page</source>
        <translation>转到页面</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This document is not installed on this kiosk. Please ask the staff.</source>
        <translation>本终端未安装此文件。请咨询工作人员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document cannot be opened: the file is damaged. Please ask the staff.</source>
        <translation>无法打开此文件：文件已损坏。请咨询工作人员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the screen</source>
        <translation>页面适应屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Page width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of pages</source>
        <translation>显示页面列表</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Zoom: %1</source>
        <translation>缩放：%1</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <location filename="../../ui/screens/error_screen.py" line="+101"/>
        <source>The stories cannot be shown right now</source>
        <translation>暂时无法显示故事</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content of this kiosk is missing or damaged. Please ask a member of staff to reinstall it.</source>
        <translation>本终端的内容缺失或已损坏。请联系工作人员重新安装。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awareness kiosk</source>
        <translation>宣传信息终端</translation>
    </message>
</context>
<context>
    <name>FilmPage</name>
    <message>
        <location filename="../../ui/pages/film_page.py" line="+664"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film language</source>
        <translation>影片语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles:</source>
        <translation>字幕：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+314"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Film in %1</source>
        <extracomment>Over, beside or under a film whose version in the interface language does not exist. %1: the language the film speaks, as said in a sentence (&quot;English&quot;).</extracomment>
        <translation>影片为%1版</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position in the film</source>
        <translation>影片进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>10 s</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back 10 seconds</source>
        <translation>后退 10 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>前进 10 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound on</source>
        <translation>打开声音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This film is not installed on this kiosk. Please ask the staff.</source>
        <translation>本终端未安装此影片。请咨询工作人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This film cannot be played on this kiosk. Please ask the staff.</source>
        <translation>本终端无法播放此影片。请咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+144"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All stories</source>
        <translation>全部故事</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <location filename="../../ui/screens/idle_warning.py" line="+73"/>
        <source>The screen will go back to the start in %n second(s).</source>
        <translation>
            <numerusform>屏幕将在 %n 秒后返回首页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../studio/item_list.py" line="+120"/>
        <source>present</source>
        <translation>已有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Search titles in every language</source>
        <translation>在所有语言的标题中搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../../studio/publish.py" line="+130"/>
        <source>Packs are signed with your key. A kiosk accepts them once this public key is in its settings (trusted_keys):</source>
        <translation>内容包用您的密钥签名。将此公钥加入信息亭的设置（trusted_keys）后，信息亭即接受这些内容包：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no signing key yet: one is made for you when you publish the first time. If you already have one on another computer, import it.</source>
        <translation>您还没有签名密钥：首次发布时会为您创建。如果您在另一台计算机上已有密钥，请导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key copied.</source>
        <translation>公钥已复制。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key saved to %1. Keep it secret: whoever has it can sign packs.</source>
        <translation>密钥已保存到 %1。请妥善保密：持有者可以签署内容包。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key imported: packs are now signed with it.</source>
        <translation>密钥已导入：今后内容包将用它签名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the signing key</source>
        <translation>导出签名密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a signing key</source>
        <translation>导入签名密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the key…</source>
        <translation>导出密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a key…</source>
        <translation>导入密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../ui/widgets/language_bar.py" line="+75"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the kiosk in this language</source>
        <translation>以此语言显示</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../../studio/text_pane.py" line="+254"/>
        <source>There is no %1 version. Visitors who choose %1 read another language, and the kiosk tells them so.</source>
        <translation>没有%1版本。选择%1的访客将阅读其他语言的版本，信息亭会告知他们。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a version in %1</source>
        <translation>撰写%1版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this side</source>
        <translation>此侧的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (Markdown: a blank line starts a paragraph)</source>
        <translation>正文（Markdown：空行表示新段落）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our translation, by:</source>
        <translation>我们的翻译，译者：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors then read &quot;Translated by&quot; and this name under the title.</source>
        <translation>访客将在标题下方看到“翻译：”及此名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of your organisation</source>
        <translation>您所在组织的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this language version</source>
        <translation>删除此语言版本</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../ui/pages/link_page.py" line="+156"/>
        <source>Scan the code or type this address:</source>
        <translation>扫描二维码或输入以下网址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the address</source>
        <translation>网址二维码</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../ui/widgets/listen_button.py" line="+92"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>收听</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads the title and the text aloud</source>
        <translation>朗读标题和正文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+841"/>
        <location line="+1"/>
        <source>Together against human trafficking</source>
        <translation>携手打击人口贩运</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True stories, guides and films, available offline</source>
        <translation>真实故事、指南和影片，无需联网即可浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Guides, films and support</source>
        <translation>指南、影片与援助</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you or someone you know needs help, ask a member of staff.</source>
        <translation>如果您或您认识的人需要帮助，请联系工作人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quick exit</source>
        <translation>快速离开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this page at once for a neutral screen</source>
        <translation>立即离开此页面，切换到中性画面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the stories</source>
        <translation>筛选故事</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <location filename="../../studio/fields.py" line="+135"/>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (file not found)</source>
        <translation>%1（找不到文件）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../ui/screens/neutral_screen.py" line="+47"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to continue.</source>
        <translation>触摸屏幕以继续。</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../studio/window.py" line="+119"/>
        <source>New story</source>
        <translation>新故事</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>新资源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/screens/pin_pad.py" line="+180"/>
        <source>PIN: no digits entered</source>
        <translation>PIN：尚未输入数字</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>PIN: %n digit(s) entered</source>
        <translation>
            <numerusform>PIN：已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>错误次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin</source>
        <translation>尚未设置管理员 PIN 码。工作人员可在本机运行以下命令设置：kiosk admin set-pin</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>PositionDots</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+203"/>
        <source>Story %1 of %2</source>
        <translation>第 %1 个故事，共 %2 个</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../studio/preview.py" line="+151"/>
        <source>Preview in the kiosk</source>
        <translation>在信息亭中预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landscape kiosk, 1920 × 1080</source>
        <translation>横屏信息亭，1920 × 1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait stand, 1080 × 1920</source>
        <translation>竖屏立式机，1080 × 1920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop or projector, 1366 × 768</source>
        <translation>笔记本电脑或投影仪，1366 × 768</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small laptop, 1280 × 800</source>
        <translation>小型笔记本电脑，1280 × 800</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk</source>
        <translation>信息亭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk opens on your edited content, as visitors will see it. Close its window to come back.</source>
        <translation>信息亭将按访客所见的样子打开您编辑的内容。关闭其窗口即可返回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the preview</source>
        <translation>打开预览</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <location filename="../../ui/screens/privacy_note.py" line="+21"/>
        <source>This kiosk counts only how often pages are opened, per hour. It stores nothing about you.</source>
        <translation>本终端只按小时统计页面被打开的次数，不会保存任何关于您的信息。</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../studio/publish.py" line="+70"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No pack was written:</source>
        <translation>未写入内容包：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Published %1 (%2). Copy it to the kiosks&apos; watched folder or install it there.</source>
        <translation>已发布 %1（%2）。请将其复制到信息亭的监视文件夹，或在信息亭上安装。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to save the pack</source>
        <translation>内容包的保存位置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a content pack</source>
        <translation>发布内容包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed, for the people who install it</source>
        <translation>更改内容，供安装人员参考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <location filename="../../studio/resource_editor.py" line="+31"/>
        <source>Document (PDF)</source>
        <translation>文档（PDF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Film</source>
        <translation>影片</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fund (address as QR code)</source>
        <translation>基金（地址显示为二维码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (address as QR code)</source>
        <translation>链接（地址显示为二维码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (QR code)</source>
        <translation>地址（二维码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Font Awesome 5 name, e.g. fa5s.first-aid</source>
        <translation>Font Awesome 5 图标名称，例如 fa5s.first-aid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File, %1</source>
        <translation>文件，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitles, %1</source>
        <translation>字幕，%1</translation>
    </message>
</context>
<context>
    <name>ResourceHeader</name>
    <message>
        <location filename="../../ui/pages/resource_header.py" line="+141"/>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language versions of the original named in the sources: %1</source>
        <translation>来源提到的原件语文版本：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources name no language version of the original.</source>
        <translation>来源未提到原件的任何语文版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/widgets/search_field.py" line="+84"/>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>搜索故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <location filename="../../ui/pages/search_results.py" line="+449"/>
        <source>Results for “%1”</source>
        <translation>“%1”的搜索结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stories found for “%1”. Try another word, or browse the topics.</source>
        <translation>未找到与“%1”相关的故事。请换个词试试，或按主题浏览。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/widgets/stepper.py" line="+89"/>
        <source>Less</source>
        <translation>减少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>增加</translation>
    </message>
</context>
<context>
    <name>StoryCardView</name>
    <message>
        <location filename="../../ui/widgets/story_card.py" line="+213"/>
        <source>Story. Press Enter to read it.</source>
        <translation>故事。按 Enter 键阅读。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Read the story</source>
        <translation>阅读故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stories to show.</source>
        <translation>暂无可显示的故事。</translation>
    </message>
</context>
<context>
    <name>StoryCarousel</name>
    <message>
        <location filename="../../ui/widgets/story_carousel.py" line="+350"/>
        <location line="+2"/>
        <source>Previous story</source>
        <translation>上一个故事</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Next story</source>
        <translation>下一个故事</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../../studio/story_editor.py" line="+278"/>
        <source>No single country</source>
        <translation>不限于单一国家</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The general note</source>
        <translation>通用提示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worded for this story (in story.toml)</source>
        <translation>专为此故事撰写（在 story.toml 中）</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>How visitors see it (%1)</source>
        <translation>访客看到的样子（%1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>图片来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source address</source>
        <translation>来源地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>敏感内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content note</source>
        <translation>内容提示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal account: visitors see a content note first</source>
        <translation>个人亲历：访客会先看到内容提示</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <location filename="../../ui/pages/story_page.py" line="+810"/>
        <source>Translated by %1</source>
        <translation>翻译：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excerpt: only the opening of the news item</source>
        <translation>摘录：仅有新闻的开头部分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source: %1, news item of %2</source>
        <translation>来源：%1，%2新闻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published on %1</source>
        <translation>发布于%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More stories: %1</source>
        <translation>更多故事：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map: %1</source>
        <translation>地图：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the stories</source>
        <translation>返回故事列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous story</source>
        <translation>上一个故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next story</source>
        <translation>下一个故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related stories</source>
        <translation>相关故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related help</source>
        <translation>相关帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story text</source>
        <translation>故事正文</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../studio/window.py" line="+169"/>
        <source>Open a content folder</source>
        <translation>打开内容文件夹</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the %1 version</source>
        <translation>删除 %1 版本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order saved.</source>
        <translation>新顺序已保存。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problems to fix before publishing: %1</source>
        <translation>发布前需解决的问题：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: ready to publish</source>
        <translation>没有问题：可以发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Fix the problems listed below first</source>
        <translation>请先解决下方列出的问题</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The preview needs content without problems:</source>
        <translation>预览要求内容没有问题：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published %1</source>
        <translation>已发布 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content studio — %1</source>
        <translation>内容工作室 — %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a content folder…</source>
        <translation>打开内容文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New story</source>
        <translation>新故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource</source>
        <translation>新资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview in the kiosk…</source>
        <translation>在信息亭中预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything again</source>
        <translation>全部重新检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key…</source>
        <translation>签名密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the studio</source>
        <translation>关闭工作室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories</source>
        <translation>故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a story or a resource on the left, or make a new one. Every change is saved at once in the content folder and checked as you type.</source>
        <translation>请在侧边列表中选择故事或资源，或新建一个。每项更改都会立即保存到内容文件夹，并在输入时进行检查。</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <location filename="../../ui/widgets/text_size.py" line="+60"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal text</source>
        <translation>标准文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest text</source>
        <translation>最大文字</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="+15"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, M month number, MMMM the month&apos;s name, yyyy the year. Write it in your language&apos;s order, e.g. French &quot;d MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published in %1</source>
        <translation>以%1发布</translation>
    </message>
</context>
</TS>
