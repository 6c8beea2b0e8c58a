<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="99"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="101"/>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="103"/>
        <source>Delete the selected span (recoverable with Undo)</source>
        <translation>حذف المقطع المحدد (يُستعاد بالتراجع)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="104"/>
        <source>Restore &amp;deleted spans…</source>
        <translation>استعادة المقاطع الم&amp;حذوفة…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="106"/>
        <source>Bring back spans of this document deleted in an earlier session</source>
        <translation>إعادة مقاطع هذا المستند التي حُذفت في جلسة سابقة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="108"/>
        <source>&amp;Trim proclitic</source>
        <translation>&amp;قصّ السابقة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="109"/>
        <source>Remove a leading و ف ب ل ك from the selected span</source>
        <translation>إزالة و ف ب ل ك من أول المقطع المحدد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="110"/>
        <source>Add span as &amp;argument…</source>
        <translation>إضافة المقطع &amp;دورًا في الحدث…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="111"/>
        <source>Add the selected span to the current event: a menu lists the roles that accept its label</source>
        <translation>إضافة المقطع المحدد إلى الحدث الحالي: تعرض قائمة الأدوار التي تقبل وسمه</translation>
    </message>
    <message>
        <location filename="../actions.py" line="113"/>
        <source>Trim proclitics &amp;automatically</source>
        <translation>قصّ السوابق &amp;تلقائيًا</translation>
    </message>
    <message>
        <location filename="../actions.py" line="114"/>
        <source>Trim only when the rest of the word is already a span text in the project</source>
        <translation>لا يُقصّ إلا إذا كان باقي الكلمة نصَّ مقطع موجود في المشروع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="116"/>
        <source>&amp;Snap selections to words</source>
        <translation>&amp;مطابقة التحديد للكلمات</translation>
    </message>
    <message>
        <location filename="../actions.py" line="117"/>
        <source>Extend selections to whole words (hold Alt for exact characters)</source>
        <translation>توسيع التحديد إلى كلمات كاملة (اضغط Alt لأحرف بعينها)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="120"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="122"/>
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="124"/>
        <source>Mark &amp;done and go to next</source>
        <translation>تعليمه &amp;منتهيًا والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="126"/>
        <source>S&amp;kip document</source>
        <translation>&amp;تخطي المستند</translation>
    </message>
    <message>
        <location filename="../actions.py" line="127"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="128"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="129"/>
        <source>Switch label &amp;schema…</source>
        <translation>تبديل م&amp;خطط الوسوم…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="130"/>
        <source>Use another schema TOML (refused if annotations would be orphaned)</source>
        <translation>استخدام ملف مخطط TOML آخر (يُرفض إن بقيت وسوم بلا تعريف)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="132"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../actions.py" line="133"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../actions.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../actions.py" line="138"/>
        <source>&amp;Review mode</source>
        <translation>وضع ال&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="139"/>
        <source>Compare every annotator&apos;s layer and adjudicate into gold</source>
        <translation>مقارنة طبقات كل الموسِّمين والفصل بينها في الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="141"/>
        <source>Accept &amp;unanimous</source>
        <translation>قبول المُ&amp;جمَع عليه</translation>
    </message>
    <message>
        <location filename="../actions.py" line="142"/>
        <source>Copy into gold what every annotator of the document marked identically</source>
        <translation>نسخ ما وسمه كل موسِّمي المستند بالتطابق إلى الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="144"/>
        <source>&amp;Next disagreement</source>
        <translation>الخلاف ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="147"/>
        <source>&amp;Previous disagreement</source>
        <translation>الخلاف ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="148"/>
        <source>&amp;Accept this version</source>
        <translation>&amp;قبول هذه النسخة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="149"/>
        <source>Copy the selected candidate into gold and reject the other versions of the same place</source>
        <translation>نسخ المرشح المحدد إلى الطبقة الذهبية ورفض النسخ الأخرى في الموضع نفسه</translation>
    </message>
    <message>
        <location filename="../actions.py" line="152"/>
        <source>Accept also (&amp;keep both)</source>
        <translation>قبوله أيضًا (الإ&amp;بقاء على الاثنين)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="153"/>
        <source>Copy the selected candidate into gold and leave the other versions of the same place as they are (for two overlapping spans on purpose)</source>
        <translation>نسخ المرشح المحدد إلى الطبقة الذهبية وترك النسخ الأخرى في الموضع نفسه كما هي (لمقطعين متداخلين عن قصد)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="157"/>
        <source>Re&amp;ject this version</source>
        <translation>&amp;رفض هذه النسخة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="158"/>
        <source>Decide that the selected candidate is not in gold</source>
        <translation>الحكم بأن المرشح المحدد ليس في الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="159"/>
        <source>Set gold &amp;boundary to selection</source>
        <translation>جعل &amp;حدود المقطع الذهبي هي التحديد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="160"/>
        <source>Move the selected gold span to the text selected in the review text</source>
        <translation>نقل المقطع الذهبي المحدد إلى النص المحدد في نص المراجعة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="162"/>
        <source>Show &amp;compared layer</source>
        <translation>إظهار الطبقة ال&amp;مقارَنة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="163"/>
        <source>Draw another annotator&apos;s layer, read-only, over your own</source>
        <translation>رسم طبقة موسِّم آخر فوق طبقتك، للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../actions.py" line="165"/>
        <source>&amp;Find in project…</source>
        <translation>بحث في ال&amp;مشروع…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="166"/>
        <source>Search the text of every document, ignoring diacritics, tatweel and letter forms</source>
        <translation>البحث في نص كل المستندات مع تجاهل التشكيل والتطويل وأشكال الحروف</translation>
    </message>
    <message>
        <location filename="../actions.py" line="170"/>
        <source>Connect to &amp;team server…</source>
        <translation>الاتصال بخادم ال&amp;فريق…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="170"/>
        <source>Sync this project with a team server (PostgreSQL) in the background</source>
        <translation>مزامنة هذا المشروع مع خادم الفريق (PostgreSQL) في الخلفية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="178"/>
        <source>{0} (reading order: in Arabic the start is the right edge)</source>
        <translation>{0} (بترتيب القراءة: البداية في العربية هي الحافة اليمنى)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="192"/>
        <source>Start one word earlier</source>
        <translation>البداية كلمةً قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="194"/>
        <source>Start one word later</source>
        <translation>البداية كلمةً بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="196"/>
        <source>End one word earlier</source>
        <translation>النهاية كلمةً قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="198"/>
        <source>End one word later</source>
        <translation>النهاية كلمةً بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="200"/>
        <source>Start one character earlier</source>
        <translation>البداية حرفًا قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="202"/>
        <source>Start one character later</source>
        <translation>البداية حرفًا بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="204"/>
        <source>End one character earlier</source>
        <translation>النهاية حرفًا قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="206"/>
        <source>End one character later</source>
        <translation>النهاية حرفًا بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="207"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;بحث في المستند…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="208"/>
        <source>Find text in this document (hamza forms, ى/ي, ة/ه, diacritics and tatweel ignored)</source>
        <translation>البحث عن نص في هذا المستند (مع تجاهل صور الهمزة وى/ي وة/ه والتشكيل والتطويل)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="210"/>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="212"/>
        <source>Find &amp;previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="214"/>
        <source>Document &amp;labels</source>
        <translation>&amp;وسوم المستند</translation>
    </message>
    <message>
        <location filename="../actions.py" line="215"/>
        <source>Go to the Document panel: a value&apos;s key sets it, Escape comes back</source>
        <translation>الانتقال إلى لوحة المستند: مفتاح القيمة يضبطها، وEscape يعيدك</translation>
    </message>
    <message>
        <location filename="../actions.py" line="217"/>
        <source>Label &amp;schema…</source>
        <translation>&amp;مخطط الوسوم…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="218"/>
        <source>Edit labels, event types and document fields; saved as a new version of the project&apos;s schema</source>
        <translation>تحرير الوسوم وأنواع الأحداث وحقول المستند؛ يُحفظ إصدارًا جديدًا من مخطط المشروع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="221"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../actions.py" line="250"/>
        <source>Show &amp;suggestions</source>
        <translation>إظهار الا&amp;قتراحات</translation>
    </message>
    <message>
        <location filename="../actions.py" line="251"/>
        <source>Draw the model&apos;s and the gazetteers&apos; suggestions (dotted outlines)</source>
        <translation>رسم اقتراحات النموذج وقوائم الأسماء (حدود منقطة)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="254"/>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="255"/>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="257"/>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../actions.py" line="259"/>
        <source>Make the current suggestion a span of your layer (a label key accepts it with that label)</source>
        <translation>جعل الاقتراح الحالي مقطعًا في طبقتك (مفتاح الوسم يقبله بذلك الوسم)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="261"/>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../actions.py" line="262"/>
        <source>Never suggest it again in this document (also Backspace)</source>
        <translation>عدم اقتراحه ثانيةً في هذا المستند (أو Backspace)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="265"/>
        <source>Accept a&amp;ll suggestions in document</source>
        <translation>قبول &amp;كل اقتراحات المستند</translation>
    </message>
    <message>
        <location filename="../actions.py" line="266"/>
        <source>Every suggestion of the document becomes a span (one undo step)</source>
        <translation>يصير كل اقتراح في المستند مقطعًا (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="268"/>
        <source>&amp;Label all occurrences</source>
        <translation>&amp;وسم كل المواضع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="269"/>
        <source>Label every other occurrence of the selected span&apos;s text (whole words)</source>
        <translation>وسم كل موضع آخر لنص المقطع المحدد (كلمات كاملة)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="271"/>
        <source>&amp;Train model now</source>
        <translation>&amp;تدريب النموذج الآن</translation>
    </message>
    <message>
        <location filename="../actions.py" line="272"/>
        <source>Train the suggestion model on the finished documents, in the background</source>
        <translation>تدريب نموذج الاقتراحات على المستندات المنتهية، في الخلفية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="274"/>
        <source>&amp;Cancel training</source>
        <translation>&amp;إلغاء التدريب</translation>
    </message>
    <message>
        <location filename="../actions.py" line="276"/>
        <source>Documents: least &amp;certain first</source>
        <translation>المستندات: الأقل &amp;يقينًا أولًا</translation>
    </message>
    <message>
        <location filename="../actions.py" line="277"/>
        <source>Order the document list by the model&apos;s uncertainty (Next document follows it)</source>
        <translation>ترتيب قائمة المستندات بحسب عدم يقين النموذج (والمستند التالي يتبعه)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="280"/>
        <source>&amp;Import gazetteer…</source>
        <translation>&amp;استيراد قائمة أسماء…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="281"/>
        <source>A list of names with labels (TSV or CSV)</source>
        <translation>قائمة أسماء مع وسومها (TSV أو CSV)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="282"/>
        <source>Suggestion &amp;settings…</source>
        <translation>&amp;إعدادات الاقتراحات…</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../dialogs/agreement_window.py" line="43"/>
        <source>Nothing to compare yet: agreement counts the documents that two or more annotators marked done (merge their project files first).</source>
        <translation>لا شيء للمقارنة بعد: يُحسب الاتفاق على المستندات التي علّمها موسِّمان أو أكثر منتهيةً (ادمج ملفات مشاريعهم أولًا).</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="48"/>
        <source>Exact F1</source>
        <translation>F1 التطابق التام</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="49"/>
        <source>F1 of spans with the same start, end and label</source>
        <translation>F1 للمقاطع ذات البداية والنهاية والوسم نفسها</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="50"/>
        <source>Overlap F1</source>
        <translation>F1 التداخل</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="51"/>
        <source>F1 of spans that overlap and have the same label</source>
        <translation>F1 للمقاطع المتداخلة ذات الوسم نفسه</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="52"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ كوهين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="53"/>
        <source>Token-level agreement corrected for chance (pairs)</source>
        <translation>الاتفاق على مستوى الكلمات مصحَّحًا للصدفة (أزواج)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="55"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α كريبندورف</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="56"/>
        <source>Token-level agreement corrected for chance (any number of annotators)</source>
        <translation>الاتفاق على مستوى الكلمات مصحَّحًا للصدفة (أي عدد من الموسِّمين)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="58"/>
        <source>Trigger F1</source>
        <translation>F1 المُطلِقات</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="59"/>
        <source>F1 of event triggers (same span and event type)</source>
        <translation>F1 لمُطلِقات الأحداث (المقطع ونوع الحدث نفسهما)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="60"/>
        <source>Argument F1</source>
        <translation>F1 الأدوار</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="61"/>
        <source>F1 of event arguments (same role and span)</source>
        <translation>F1 لأدوار الأحداث (الدور والمقطع نفسهما)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="143"/>
        <source>Agreement report</source>
        <translation>تقرير الاتفاق</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="153"/>
        <source>All annotators</source>
        <translation>كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="156"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="167"/>
        <source>Annotator A</source>
        <translation>الموسِّم أ</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="167"/>
        <source>Annotator B</source>
        <translation>الموسِّم ب</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="167"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="169"/>
        <source>Documents both annotated</source>
        <translation>المستندات التي وسمها كلاهما</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="171"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="177"/>
        <source>All pairs</source>
        <translation>كل الأزواج</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="186"/>
        <source>Pairs of annotators (select one for its labels):</source>
        <translation>أزواج الموسِّمين (اختر زوجًا لترى وسومه):</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="204"/>
        <source>Accepted suggestions count</source>
        <translation>الاقتراحات المقبولة تُحتسب</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="205"/>
        <source>Leave accepted suggestions out</source>
        <translation>استبعاد الاقتراحات المقبولة</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="206"/>
        <source>Show accepted suggestions apart</source>
        <translation>إظهار الاقتراحات المقبولة على حدة</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="208"/>
        <source>Spans made from suggestions (accepted, labelled all, pre-annotated) can anchor annotators: leave them out to measure what people marked themselves</source>
        <translation>المقاطع الناتجة عن الاقتراحات (المقبولة، أو بوسم كل المواضع، أو الموسومة مسبقًا) قد تُرسّخ أحكام الموسِّمين: استبعدها لقياس ما وسمه الناس بأنفسهم</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="216"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="217"/>
        <source>Copy as JSON</source>
        <translation>نسخ بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="219"/>
        <source>Save JSON…</source>
        <translation>حفظ JSON…</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="221"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="240"/>
        <source>Document field</source>
        <translation>حقل المستند</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="240"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="240"/>
        <source>Observed</source>
        <translation>المرصود</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="241"/>
        <source>Kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="241"/>
        <source>Alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="242"/>
        <source>Documents (choices: document x value) given a value by two or more annotators</source>
        <translation>المستندات (في الاختيارات: مستند × قيمة) التي أعطاها موسِّمان أو أكثر قيمةً</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="244"/>
        <source>Share of pairs of annotators that gave the same value</source>
        <translation>نسبة أزواج الموسِّمين الذين أعطوا القيمة نفسها</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="245"/>
        <source>Cohen&apos;s kappa, mean over pairs of annotators</source>
        <translation>كابا كوهين، متوسطًا على أزواج الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="246"/>
        <source>Krippendorff&apos;s alpha (nominal) over all annotators</source>
        <translation>ألفا كريبندورف (اسمي) على كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="251"/>
        <source>Document labels, per field:</source>
        <translation>وسوم المستند، لكل حقل:</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="278"/>
        <location filename="../dialogs/agreement_window.py" line="279"/>
        <source>Computing agreement…</source>
        <translation>جارٍ حساب الاتفاق…</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="305"/>
        <source>{0} annotator(s): {1}  ·  {2} document(s) annotated by two or more</source>
        <translation>الموسِّمون ({0}): {1}  ·  مستندات وسمها اثنان أو أكثر: {2}</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="322"/>
        <source>Accepted suggestions: {0}. Without them: {1}</source>
        <translation>الاقتراحات المقبولة: {0}. بدونها: {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="323"/>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="333"/>
        <source>Per label: {0} and {1}</source>
        <translation>لكل وسم: {0} و{1}</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="337"/>
        <source>Per label: all annotators</source>
        <translation>لكل وسم: كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="354"/>
        <location filename="../dialogs/agreement_window.py" line="361"/>
        <source>Save agreement report</source>
        <translation>حفظ تقرير الاتفاق</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="355"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="112"/>
        <source>Your name (your annotations are stored under it):</source>
        <translation>اسمك (تُحفظ وسومك باسمك):</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="46"/>
        <source>Assign documents</source>
        <translation>توزيع المستندات</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="48"/>
        <source>Give each of the {0} document(s) to annotators, balanced so that everyone gets about the same number. Tick the annotators or add new names.</source>
        <translation>وزّع كل مستند من المستندات ({0}) على الموسِّمين بالتساوي تقريبًا. علّم الموسِّمين أو أضف أسماء جديدة.</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="58"/>
        <source>names, separated by commas</source>
        <translation>أسماء تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="59"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="72"/>
        <source>random</source>
        <translation>عشوائي</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="73"/>
        <source>The same seed and annotators give the same assignment</source>
        <translation>البذرة نفسها والموسِّمون أنفسهم يعطون التوزيع نفسه</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="79"/>
        <source>Annotators per document:</source>
        <translation>الموسِّمون لكل مستند:</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="80"/>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="83"/>
        <source>Assign</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="108"/>
        <source>{0}  ({1} assigned)</source>
        <translation>{0}  (موزَّع عليه: {1})</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="147"/>
        <source>Tick at least one annotator.</source>
        <translation>علّم موسِّمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../dialogs/assign_dialog.py" line="149"/>
        <source>Each document goes to {0} of the {1} ticked annotator(s). Assignments made before are kept; documents are topped up.</source>
        <translation>يذهب كل مستند إلى {0} من الموسِّمين المعلَّمين ({1}). يُحتفظ بالتوزيعات السابقة وتُستكمل المستندات.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../workers.py" line="25"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../workers.py" line="67"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <location filename="../review/model.py" line="51"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="52"/>
        <source>[start, end)</source>
        <translation>[البداية، النهاية)</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="53"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="54"/>
        <source>Marked by</source>
        <translation>وسمه</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="55"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../commands.py" line="62"/>
        <source>Could not {0}: {1}</source>
        <translation>تعذّر {0}: {1}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="194"/>
        <location filename="../commands.py" line="216"/>
        <source>redone: {0}</source>
        <translation>أُعيد: {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="198"/>
        <location filename="../commands.py" line="221"/>
        <source>undone: {0}</source>
        <translation>تُرُاجع عن: {0}</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../review/compare.py" line="38"/>
        <source>Co&amp;mpare with</source>
        <translation>&amp;مقارنة مع</translation>
    </message>
    <message>
        <location filename="../review/compare.py" line="77"/>
        <source>No other layer to compare with yet.</source>
        <translation>لا توجد طبقة أخرى للمقارنة بعد.</translation>
    </message>
    <message>
        <location filename="../review/compare.py" line="81"/>
        <source>Comparing with {0}: dashed boxes, read-only (Ctrl+Shift+C hides them).</source>
        <translation>مقارنة مع {0}: مربعات متقطعة، للقراءة فقط (Ctrl+Shift+C يخفيها).</translation>
    </message>
    <message>
        <location filename="../review/compare.py" line="100"/>
        <source>{0} (read-only): {1} «{2}» [{3}, {4})</source>
        <translation>{0} (للقراءة فقط): {1} «{2}» ⁦[{3}, {4})⁩</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="41"/>
        <source>Connect to team server</source>
        <translation>الاتصال بخادم الفريق</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="51"/>
        <source>The team server&apos;s PostgreSQL URL, e.g. postgresql://you@db.example/team?sslmode=require (or service=team). The password is never stored: give it when the server asks, or keep it in ~/.pgpass.</source>
        <translation>عنوان PostgreSQL لخادم الفريق، مثل postgresql://you@db.example/team?sslmode=require (أو service=team). لا تُحفظ كلمة المرور أبدًا: أدخلها حين يطلبها الخادم، أو احفظها في ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="65"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="66"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="76"/>
        <source>Server URL:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="77"/>
        <source>Sync every:</source>
        <translation>المزامنة كل:</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="84"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="109"/>
        <source>Give the server&apos;s URL first.</source>
        <translation>أدخل عنوان الخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="115"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="126"/>
        <source>The server asks for a password.</source>
        <translation>يطلب الخادم كلمة مرور.</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="136"/>
        <source>Connected: you are {0} ({1}) in team project {2}.</source>
        <translation>متصل: أنت {0} ({1}) في مشروع الفريق {2}.</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="148"/>
        <source>Team server password</source>
        <translation>كلمة مرور خادم الفريق</translation>
    </message>
    <message>
        <location filename="../dialogs/connect_dialog.py" line="149"/>
        <source>Password for the team server:</source>
        <translation>كلمة المرور لخادم الفريق:</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <location filename="core_templates.py" line="13"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="core_templates.py" line="15"/>
        <source>imported {0} document(s), {1} span(s)</source>
        <translation>استُورد {0} مستند و{1} مقطع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="16"/>
        <source>added layers to {0} existing document(s)</source>
        <translation>أُضيفت طبقات إلى {0} مستند موجود</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="17"/>
        <source>skipped {0} already in the project</source>
        <translation>تُخطّي {0} موجود في المشروع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="18"/>
        <source>{0} file(s) failed</source>
        <translation>فشل {0} ملف</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="19"/>
        <source>{0} warning(s)</source>
        <translation>{0} تحذير</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="20"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="21"/>
        <source>no importable files (.txt, .jsonl, .json) found</source>
        <translation>لم يوجد ملف قابل للاستيراد (.txt، .jsonl، .json)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="22"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="23"/>
        <source>cannot read ({0})</source>
        <translation>تتعذر القراءة ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="24"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="25"/>
        <source>empty file (only white space)</source>
        <translation>ملف فارغ (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="26"/>
        <source>looks like {0}, not plain text: pass --format {1} to import its records, or --format txt to import the file as one text</source>
        <translation>يبدو أنه {0} وليس نصًا عاديًا: اختر الصيغة {1} لاستيراد سجلاته، أو الصيغة txt لاستيراد الملف نصًا واحدًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="27"/>
        <source>cannot import ({0})</source>
        <translation>يتعذر الاستيراد ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="28"/>
        <source>a Label Studio export is a JSON array of tasks</source>
        <translation>تصدير Label Studio مصفوفة JSON من المهام</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="29"/>
        <source>task {0}</source>
        <translation>المهمة {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="30"/>
        <source>no tasks</source>
        <translation>لا مهام</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="31"/>
        <source>no records</source>
        <translation>لا سجلات</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="32"/>
        <source>no tokens</source>
        <translation>لا وحدات نصية</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="33"/>
        <source>record {0}</source>
        <translation>السجل {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="34"/>
        <source>line {0}</source>
        <translation>السطر {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="35"/>
        <source>expected a token and at least one tag</source>
        <translation>كان المتوقع وحدة نصية ووسمًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="36"/>
        <source>cannot read tag {0} (expected O or B-, I-, L-, U-, E-, S- and a label)</source>
        <translation>تتعذر قراءة الوسم {0} (المتوقع O أو B- أو I- أو L- أو U- أو E- أو S- يليها تصنيف)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="37"/>
        <source>unknown label {0} in tag {1}</source>
        <translation>تصنيف غير معروف {0} في الوسم {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="38"/>
        <source>a record must be a JSON object</source>
        <translation>يجب أن يكون السجل كائن JSON</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="39"/>
        <source>{0} must be an integer, got {1}</source>
        <translation>يجب أن يكون {0} عددًا صحيحًا، والموجود {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="40"/>
        <source>{0} {1} is out of range</source>
        <translation>{0} {1} خارج النطاق</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="41"/>
        <source>&apos;text&apos; is missing or empty</source>
        <translation>الحقل &apos;text&apos; مفقود أو فارغ</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="42"/>
        <source>&apos;text&apos; contains NUL characters (U+0000)</source>
        <translation>الحقل &apos;text&apos; يحوي محارف NUL ‏(U+0000)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="43"/>
        <source>&apos;text_sha256&apos; does not match the text</source>
        <translation>الحقل &apos;text_sha256&apos; لا يطابق النص</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="44"/>
        <source>unknown label {0}</source>
        <translation>تصنيف غير معروف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="45"/>
        <source>span &apos;text&apos; must be a string</source>
        <translation>يجب أن يكون &apos;text&apos; المقطع سلسلة نصية</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="46"/>
        <source>&apos;label&apos; must be a list</source>
        <translation>يجب أن يكون &apos;label&apos; قائمة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="47"/>
        <source>cannot read span {0}</source>
        <translation>تتعذر قراءة المقطع {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="48"/>
        <source>&apos;spans&apos; must be a list</source>
        <translation>يجب أن يكون &apos;spans&apos; قائمة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="49"/>
        <source>each span must be an object</source>
        <translation>يجب أن يكون كل مقطع كائنًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="50"/>
        <source>a record with spans, events or doc_labels needs a &apos;layer&apos;</source>
        <translation>السجل الذي فيه spans أو events أو doc_labels يحتاج إلى &apos;layer&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="51"/>
        <source>&apos;layer&apos; must be a non-empty string</source>
        <translation>يجب أن يكون &apos;layer&apos; سلسلة نصية غير فارغة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="52"/>
        <source>unknown status {0}</source>
        <translation>حالة غير معروفة {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="53"/>
        <source>&apos;spans&apos; and &apos;events&apos; must be lists</source>
        <translation>يجب أن يكون &apos;spans&apos; و&apos;events&apos; قائمتين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="54"/>
        <source>&apos;doc_labels&apos; must be an object</source>
        <translation>يجب أن يكون &apos;doc_labels&apos; كائنًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="55"/>
        <source>span id {0} is used twice</source>
        <translation>معرّف المقطع {0} مستعمل مرتين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="56"/>
        <source>each event must be an object</source>
        <translation>يجب أن يكون كل حدث كائنًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="57"/>
        <source>unknown event type {0}</source>
        <translation>نوع حدث غير معروف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="58"/>
        <source>event {0}</source>
        <translation>الحدث {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="59"/>
        <source>event {0}, role {1}</source>
        <translation>الحدث {0}، الدور {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="60"/>
        <source>trigger {0} is not a span id of this record</source>
        <translation>المُطلِق {0} ليس معرّف مقطع في هذا السجل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="61"/>
        <source>its trigger span is labelled {0}</source>
        <translation>مقطعه المُطلِق مصنّف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="62"/>
        <source>&apos;arguments&apos; must be a list</source>
        <translation>يجب أن يكون &apos;arguments&apos; قائمة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="63"/>
        <source>unknown role in {0}</source>
        <translation>دور غير معروف في {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="64"/>
        <source>span {0} is not a span id of this record</source>
        <translation>المقطع {0} ليس معرّف مقطع في هذا السجل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="65"/>
        <source>&apos;attributes&apos; must be an object</source>
        <translation>يجب أن يكون &apos;attributes&apos; كائنًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="66"/>
        <source>invalid JSON ({0} at column {1})</source>
        <translation>JSON غير صالح ({0} عند العمود {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="67"/>
        <source>invalid JSON ({0})</source>
        <translation>JSON غير صالح ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="68"/>
        <source>invalid JSON (nested too deeply to read)</source>
        <translation>JSON غير صالح (متداخل أعمق من أن يُقرأ)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="69"/>
        <source>span [{0}, {1}) text {2} does not match the document ({3})</source>
        <translation>نص المقطع ⁦[{0}, {1})⁩ ‏{2} لا يطابق المستند ({3})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="70"/>
        <source>span [{0}, {1}) is out of range for a text of {2} characters</source>
        <translation>المقطع ⁦[{0}, {1})⁩ خارج نطاق نص من {2} محرفًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="71"/>
        <source>span offsets must be integers, got {0}</source>
        <translation>يجب أن تكون مواضع المقطع أعدادًا صحيحة، والموجود {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="72"/>
        <source>id {0} is also the id of {1}, with a different text (both imported)</source>
        <translation>المعرّف {0} هو أيضًا معرّف {1} بنص مختلف (استُورد كلاهما)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="73"/>
        <source>unknown import format &apos;{0}&apos; (use {1})</source>
        <translation>صيغة استيراد غير معروفة &apos;{0}&apos; (استعمل {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="74"/>
        <source>unknown export format &apos;{0}&apos; (use {1})</source>
        <translation>صيغة تصدير غير معروفة &apos;{0}&apos; (استعمل {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="75"/>
        <source>wrote {0} record(s), {1} span(s) to {2}</source>
        <translation>كُتب {0} سجل و{1} مقطع في {2}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="76"/>
        <source>widened {0} span(s) to whole tokens</source>
        <translation>وُسّع {0} مقطع إلى وحدات نصية كاملة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="77"/>
        <source>{0} problem(s)</source>
        <translation>{0} مشكلة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="78"/>
        <source>... {0} more</source>
        <translation>… و{0} غيرها</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="79"/>
        <source>covers no token; left out</source>
        <translation>لا يغطي أي وحدة نصية؛ تُرك</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="80"/>
        <source>not on token boundaries; widened to {0}</source>
        <translation>ليس على حدود الوحدات النصية؛ وُسّع إلى {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="81"/>
        <source>label {0} is not in the label list; left out</source>
        <translation>التصنيف {0} ليس في قائمة التصنيفات؛ تُرك</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="82"/>
        <source>triggers no event; Label Studio reads it as one</source>
        <translation>لا يُطلق حدثًا؛ يقرؤه Label Studio حدثًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="83"/>
        <source>merged {0}: nothing new ({1})</source>
        <translation>دُمج {0}: لا جديد ({1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="84"/>
        <source>merged {0}: {1}</source>
        <translation>دُمج {0}: {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="85"/>
        <source>{0} documents matched, {1} added</source>
        <translation>تطابق {0} مستند، وأُضيف {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="86"/>
        <source>{0} document matched, {1} added</source>
        <translation>تطابق {0} مستند، وأُضيف {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="87"/>
        <source>{0} spans added, {1} updated (newer), {2} deleted</source>
        <translation>أُضيف {0} مقطع، وحُدّث {1} (الأحدث)، وحُذف {2}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="88"/>
        <source>{0} span added, {1} updated (newer), {2} deleted</source>
        <translation>أُضيف {0} مقطع، وحُدّث {1} (الأحدث)، وحُذف {2}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="89"/>
        <source>{0} events added, {1} updated (newer), {2} deleted</source>
        <translation>أُضيف {0} حدث، وحُدّث {1} (الأحدث)، وحُذف {2}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="90"/>
        <source>{0} event added, {1} updated (newer), {2} deleted</source>
        <translation>أُضيف {0} حدث، وحُدّث {1} (الأحدث)، وحُذف {2}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="91"/>
        <source>{0} statuses updated</source>
        <translation>حُدّثت {0} حالة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="92"/>
        <source>{0} status updated</source>
        <translation>حُدّثت {0} حالة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="93"/>
        <source>{0} document labels updated</source>
        <translation>حُدّث {0} تصنيف مستند</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="94"/>
        <source>{0} document label updated</source>
        <translation>حُدّث {0} تصنيف مستند</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="95"/>
        <source>{0} conflicts kept local</source>
        <translation>{0} تعارض أُبقي فيه على المحلي</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="96"/>
        <source>{0} conflict kept local</source>
        <translation>{0} تعارض أُبقي فيه على المحلي</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="97"/>
        <source>this is the project itself; merge another annotator&apos;s file</source>
        <translation>هذا هو المشروع نفسه؛ ادمج ملف مُعلِّم آخر</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="98"/>
        <source>its label schema differs from the project&apos;s ({0}); nothing merged</source>
        <translation>مخطط تصنيفاته يختلف عن مخطط المشروع ({0})؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="99"/>
        <source>it lacks {0}</source>
        <translation>ينقصه {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="100"/>
        <source>it has {0}, which the project lacks</source>
        <translation>فيه {0}، وهو ما ينقص المشروع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="101"/>
        <source>{0} is defined differently</source>
        <translation>{0} معرَّف بطريقة مختلفة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="102"/>
        <source>label {0}</source>
        <translation>التصنيف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="103"/>
        <source>event attribute {0}</source>
        <translation>سمة الحدث {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="104"/>
        <source>document field {0}</source>
        <translation>حقل المستند {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="105"/>
        <source>database problem ({0}); nothing merged</source>
        <translation>مشكلة في قاعدة البيانات ({0})؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="106"/>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="107"/>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="108"/>
        <source>not an annotator project file</source>
        <translation>ليس ملف مشروع annotator</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="109"/>
        <source>not an annotator project file ({0})</source>
        <translation>ليس ملف مشروع annotator ‏({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="110"/>
        <source>not an annotator project file (no label schema)</source>
        <translation>ليس ملف مشروع annotator (لا مخطط تصنيفات)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="111"/>
        <source>made by an older version of annotator; open it once with this version to upgrade it (annotator stats --db {0})</source>
        <translation>صنعه إصدار أقدم من annotator؛ افتحه مرة بهذا الإصدار لترقيته (annotator stats --db {0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="112"/>
        <source>made by a newer version of annotator: upgrade annotator to open it ({0} is unknown to annotator {1})</source>
        <translation>صنعه إصدار أحدث من annotator: رقِّ annotator لتفتحه ({0} مجهول لدى annotator {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="113"/>
        <source>migration {0}</source>
        <translation>الترحيل {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="114"/>
        <source>table {0}</source>
        <translation>الجدول {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="115"/>
        <source>column {0}</source>
        <translation>العمود {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="116"/>
        <source>the team server was made by a newer version of annotator: upgrade annotator (migration {0} is unknown to annotator {1})</source>
        <translation>صنع خادمَ الفريق إصدارٌ أحدث من annotator: رقِّ annotator (الترحيل {0} مجهول لدى annotator {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="117"/>
        <source>no such folder: {0}</source>
        <translation>لا يوجد مجلد بهذا الاسم: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="118"/>
        <source>cannot open as a project database ({0})</source>
        <translation>يتعذر فتحه قاعدةَ بيانات مشروع ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="119"/>
        <source>invalid schema:</source>
        <translation>مخطط غير صالح:</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="120"/>
        <source>cannot read schema ({0})</source>
        <translation>تتعذر قراءة المخطط ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="121"/>
        <source>schema is not UTF-8</source>
        <translation>المخطط ليس بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="122"/>
        <source>not valid TOML: {0}</source>
        <translation>ليس TOML صالحًا: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="123"/>
        <source>&apos;{0}&apos; must be a string</source>
        <translation>يجب أن يكون &apos;{0}&apos; سلسلة نصية</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="124"/>
        <source>&apos;{0}&apos; is missing</source>
        <translation>&apos;{0}&apos; مفقود</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="125"/>
        <source>must be a table</source>
        <translation>يجب أن يكون جدولًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="126"/>
        <source>must be a name or a table</source>
        <translation>يجب أن يكون اسمًا أو جدولًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="127"/>
        <source>name must start with a letter and use only A-Z, 0-9, _ or -</source>
        <translation>يجب أن يبدأ الاسم بحرف وألا يستعمل إلا A-Z و0-9 و_ و-</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="128"/>
        <source>category &apos;{0}&apos; is not one of actor, location, other</source>
        <translation>الفئة &apos;{0}&apos; ليست من actor وlocation وother</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="129"/>
        <source>color &apos;{0}&apos; is not of the form #rrggbb</source>
        <translation>اللون &apos;{0}&apos; ليس على الصورة #rrggbb</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="130"/>
        <source>hotkey &apos;{0}&apos; must be one ASCII letter or digit, or Shift+digit</source>
        <translation>يجب أن يكون المفتاح &apos;{0}&apos; حرفًا أو رقمًا واحدًا من ASCII، أو Shift+رقم</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="131"/>
        <source>type &apos;{0}&apos; is not &apos;choice&apos; or &apos;integer&apos;</source>
        <translation>النوع &apos;{0}&apos; ليس &apos;choice&apos; ولا &apos;integer&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="132"/>
        <source>&apos;values&apos; must be a non-empty list of strings</source>
        <translation>يجب أن يكون &apos;values&apos; قائمة غير فارغة من السلاسل النصية</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="133"/>
        <source>&apos;values&apos; has duplicates</source>
        <translation>في &apos;values&apos; قيم مكررة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="134"/>
        <source>default &apos;{0}&apos; is not one of its values</source>
        <translation>القيمة الافتراضية &apos;{0}&apos; ليست من قيمه</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="135"/>
        <source>default must be an integer</source>
        <translation>يجب أن تكون القيمة الافتراضية عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="136"/>
        <source>must be a list of tables</source>
        <translation>يجب أن يكون قائمة جداول</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="137"/>
        <source>{0} &apos;{1}&apos; is defined twice</source>
        <translation>{0} &apos;{1}&apos; معرَّف مرتين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="138"/>
        <source>[schema] must be a table</source>
        <translation>يجب أن يكون [schema] جدولًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="139"/>
        <source>&apos;version&apos; must be a positive integer</source>
        <translation>يجب أن يكون &apos;version&apos; عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="140"/>
        <source>the schema needs at least one label</source>
        <translation>يحتاج المخطط إلى تصنيف واحد على الأقل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="141"/>
        <source>[[event_types]] must be a list of tables</source>
        <translation>يجب أن يكون [[event_types]] قائمة جداول</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="142"/>
        <source>&apos;roles&apos; must be a list of tables</source>
        <translation>يجب أن يكون &apos;roles&apos; قائمة جداول</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="143"/>
        <source>{0} role &apos;{1}&apos;</source>
        <translation>{0} الدور &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="144"/>
        <source>&apos;labels&apos; must list the allowed labels</source>
        <translation>يجب أن يسرد &apos;labels&apos; التصنيفات المسموح بها</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="145"/>
        <source>attribute &apos;{0}&apos; is already defined for every event</source>
        <translation>السمة &apos;{0}&apos; معرَّفة من قبل لكل حدث</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="146"/>
        <source>hotkey &apos;{0}&apos; is already used by {1}</source>
        <translation>المفتاح &apos;{0}&apos; يستعمله {1} من قبل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="147"/>
        <source>hotkey &apos;{0}&apos; is the program&apos;s key for {1}; choose another key</source>
        <translation>المفتاح &apos;{0}&apos; هو مفتاح البرنامج لـ{1}؛ اختر مفتاحًا آخر</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="148"/>
        <source>event type {0}, role {1}</source>
        <translation>نوع الحدث {0}، الدور {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="149"/>
        <source>names unknown label &apos;{0}&apos;</source>
        <translation>يذكر تصنيفًا غير معروف &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="150"/>
        <source>expecting value</source>
        <translation>كان المتوقع قيمة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="151"/>
        <source>extra data</source>
        <translation>بيانات زائدة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="152"/>
        <source>expecting property name enclosed in double quotes</source>
        <translation>كان المتوقع اسم خاصية بين علامتي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="153"/>
        <source>expecting &apos;,&apos; delimiter</source>
        <translation>كان المتوقع الفاصل &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="154"/>
        <source>expecting &apos;:&apos; delimiter</source>
        <translation>كان المتوقع الفاصل &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="155"/>
        <source>unterminated string starting</source>
        <translation>سلسلة نصية غير منتهية تبدأ</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="156"/>
        <source>invalid control character</source>
        <translation>محرف تحكم غير صالح</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="157"/>
        <source>nothing to restore</source>
        <translation>لا شيء للاستعادة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="158"/>
        <source>a span to restore needs its document and layer</source>
        <translation>المقطع المراد استعادته يحتاج إلى مستنده وطبقته</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="159"/>
        <source>unknown event type &apos;{0}&apos;</source>
        <translation>نوع حدث غير معروف &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="160"/>
        <source>unknown label &apos;{0}&apos;</source>
        <translation>تصنيف غير معروف &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="161"/>
        <source>the document labels are already so</source>
        <translation>تصنيفات المستند على هذا من قبل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="162"/>
        <source>Gold already has every document label all annotators agree on.</source>
        <translation>في المرجع من قبل كل تصنيف مستند اتفق عليه جميع المُعلِّمين.</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="163"/>
        <source>Gold already has everything all annotators marked identically.</source>
        <translation>في المرجع من قبل كل ما علّمه جميع المُعلِّمين بالطريقة نفسها.</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="164"/>
        <source>cannot rename {0} to {1}: {1} is already a label (rename it first, in another save)</source>
        <translation>تتعذر إعادة تسمية {0} إلى {1}: {1} تصنيف موجود (أعد تسميته أولًا، في حفظ آخر)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="165"/>
        <source>cannot rename {0} to {1}: the new schema has no {1}</source>
        <translation>تتعذر إعادة تسمية {0} إلى {1}: ليس في المخطط الجديد {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="166"/>
        <source>cannot rename {0} to {1}: layer {2} has both on [{3}, {4}) of document {5}</source>
        <translation>تتعذر إعادة تسمية {0} إلى {1}: في الطبقة {2} كلاهما على ⁦[{3}, {4})⁩ من المستند {5}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="167"/>
        <source>the schema cannot be saved, existing annotations would be orphaned:</source>
        <translation>يتعذر حفظ المخطط، فستبقى تعليقات موجودة بلا تصنيف:</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="168"/>
        <source>no suggestion to accept</source>
        <translation>لا اقتراح للقبول</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="169"/>
        <source>nothing to accept: the layer has those places labelled</source>
        <translation>لا شيء للقبول: هذه المواضع مصنّفة في الطبقة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="170"/>
        <source>no other occurrence to label</source>
        <translation>لا ورود آخر للتصنيف</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="171"/>
        <source>nothing to remove</source>
        <translation>لا شيء للحذف</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="172"/>
        <source>no span with id {0}</source>
        <translation>لا مقطع بالمعرّف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="173"/>
        <source>no event with id {0}</source>
        <translation>لا حدث بالمعرّف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="174"/>
        <source>the same span ({0} [{1}, {2})) is already in layer {3}</source>
        <translation>المقطع نفسه (⁦{0} [{1}, {2})⁩) موجود من قبل في الطبقة {3}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="175"/>
        <source>the span is the trigger of an event: delete the event first</source>
        <translation>المقطع مُطلِق حدث: احذف الحدث أولًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="176"/>
        <source>the trigger of a {0} event must be a {0} span, not {1}</source>
        <translation>يجب أن يكون مُطلِق حدث {0} مقطعًا من {0}، لا {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="177"/>
        <source>gold already has this {0}</source>
        <translation>هذا {0} في المرجع من قبل</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="178"/>
        <source>gold has this {0}: undo or delete it instead</source>
        <translation>هذا {0} في المرجع: تراجع عنه أو احذفه بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="179"/>
        <source>span</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="180"/>
        <source>event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="181"/>
        <source>Add span as argument</source>
        <translation>إضافة مقطع وسيطًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="182"/>
        <source>Next disagreement (review)</source>
        <translation>الخلاف التالي (المراجعة)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="183"/>
        <source>Reject this version (review) or the current suggestion</source>
        <translation>رفض هذه النسخة (المراجعة) أو الاقتراح الحالي</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="184"/>
        <source>Set gold boundary to selection (review)</source>
        <translation>جعل حدّ المرجع هو التحديد (المراجعة)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="185"/>
        <source>gold&apos;s {0} «{1}» is part of a gold event and stays: accept this version as well (keep both) instead</source>
        <translation>{0} «{1}» في المرجع جزء من حدث في المرجع ويبقى: اقبل هذه النسخة أيضًا (أبقِ الاثنين) بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="186"/>
        <source>events enter gold by accepting an annotator&apos;s event</source>
        <translation>تدخل الأحداث المرجع بقبول حدث أحد المُعلِّمين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="187"/>
        <source>only gold spans are edited in review mode</source>
        <translation>لا تُحرَّر في وضع المراجعة إلا مقاطع المرجع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="188"/>
        <source>bad --split &apos;{0}&apos;: expected e.g. {1}</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: المتوقع مثلًا {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="189"/>
        <source>bad --split &apos;{0}&apos;: &apos;{1}&apos; is not NAME=FRACTION</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: &apos;{1}&apos; ليس على الصورة NAME=FRACTION</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="190"/>
        <source>bad --split &apos;{0}&apos;: unknown split &apos;{1}&apos; (use {2})</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: قسم غير معروف &apos;{1}&apos; (استعمل {2})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="191"/>
        <source>bad --split &apos;{0}&apos;: &apos;{1}&apos; is given twice</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: &apos;{1}&apos; مذكور مرتين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="192"/>
        <source>bad --split &apos;{0}&apos;: {1}={2} is not a fraction between 0 and 1</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: {1}={2} ليس كسرًا بين 0 و1</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="193"/>
        <source>bad --split &apos;{0}&apos;: a train fraction above 0 is required</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: يلزم كسر train أكبر من 0</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="194"/>
        <source>bad --split &apos;{0}&apos;: the fractions add up to {1}, not 1</source>
        <translation>قيمة --split غير صالحة &apos;{0}&apos;: مجموع الكسور {1} لا 1</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="195"/>
        <source>give the JSONL file (e.g. {0}.jsonl); the .spacy DocBin is written beside it</source>
        <translation>اختر ملف JSONL (مثلًا {0}.jsonl)؛ يُكتب DocBin ‏.spacy بجانبه</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="196"/>
        <source>file is not a database</source>
        <translation>الملف ليس قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="197"/>
        <source>no team project on this server: run annotator server init --server URL</source>
        <translation>لا مشروع فريق على هذا الخادم: شغّل annotator server init --server URL</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="198"/>
        <source>the team server needs upgrading to this version of annotator: its admin runs annotator server init --server URL</source>
        <translation>يحتاج خادم الفريق إلى الترقية إلى هذا الإصدار من annotator: يشغّل مديره annotator server init --server URL</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="199"/>
        <source>the team server connection failed: {0}</source>
        <translation>فشل الاتصال بخادم الفريق: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="200"/>
        <source>the team server refused it: {0}</source>
        <translation>رفضه خادم الفريق: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="201"/>
        <source>not a PostgreSQL connection URL: {0}</source>
        <translation>ليس عنوان اتصال PostgreSQL: ‏{0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="202"/>
        <source>{0} is not a member of this team project: ask its admin to run annotator server add-user {1}</source>
        <translation>{0} ليس عضوًا في مشروع الفريق هذا: اطلب من مديره تشغيل annotator server add-user {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="203"/>
        <source>wrong password for the team server ({0})</source>
        <translation>كلمة مرور خاطئة لخادم الفريق ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="204"/>
        <source>the team server ({0}) asks for a password: give it in the URL, PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>يطلب خادم الفريق ({0}) كلمة مرور: اكتبها في العنوان أو في PGPASSWORD أو ~/.pgpass أو ملف service</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="205"/>
        <source>no such user on the team server ({0}): ask its admin to add you</source>
        <translation>لا مستخدم بهذا الاسم على خادم الفريق ({0}): اطلب من مديره إضافتك</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="206"/>
        <source>cannot reach the team server ({0}): {1}</source>
        <translation>يتعذر الوصول إلى خادم الفريق ({0}): {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="207"/>
        <source>the team server&apos;s label schema cannot hold this project&apos;s annotations: {0}</source>
        <translation>مخطط تصنيفات خادم الفريق لا يتسع لتعليقات هذا المشروع: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="209"/>
        <source>the trigger cannot be its own argument</source>
        <translation>لا يكون مُطلِق الحدث دورًا فيه</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="210"/>
        <source>does not accept a {0} span (only {1})</source>
        <translation>لا يقبل مقطعًا من نوع {0} (يقبل {1} فقط)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="211"/>
        <source>takes one span only</source>
        <translation>يأخذ مقطعًا واحدًا فقط</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="212"/>
        <source>unknown role {0}</source>
        <translation>دور غير معروف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="213"/>
        <source>unknown attribute &apos;{0}&apos; (known: {1})</source>
        <translation>سمة غير معروفة &apos;{0}&apos; (المعروفة: {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="214"/>
        <source>attribute &apos;{0}&apos; must be a whole number (0 or more), got {1}</source>
        <translation>يجب أن تكون السمة &apos;{0}&apos; عددًا صحيحًا (0 أو أكثر)، والموجود {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="215"/>
        <source>attribute &apos;{0}&apos; is {1}, not one of {2}</source>
        <translation>قيمة السمة &apos;{0}&apos; هي {1}، وليست من {2}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="216"/>
        <source>event triggers are made with the event key on a text selection; delete the event to change its trigger</source>
        <translation>تُنشأ مُطلِقات الأحداث بمفتاح الحدث على نص محدد؛ احذف الحدث لتغيير مُطلِقه</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="217"/>
        <source>«{0}» is the {1} of a {2} event, which does not accept {3}</source>
        <translation>«{0}» في الدور {1} من حدث {2}، وهذا الدور لا يقبل {3}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="218"/>
        <source>{0} is not an event type of the schema</source>
        <translation>{0} ليس نوع حدث في المخطط</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="219"/>
        <source>an argument must be a span of the same document and layer</source>
        <translation>يجب أن يكون الدور مقطعًا من المستند نفسه والطبقة نفسها</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="220"/>
        <source>a span boundary splits a line ending or a letter from its combining mark, so its offsets cannot survive normalization</source>
        <translation>حدّ المقطع يفصل نهاية سطر أو حرفًا عن علامته المركّبة، فلا تبقى مواضعه صحيحة بعد التوحيد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="221"/>
        <source>span [{0}, {1}) is empty after normalization</source>
        <translation>المقطع ⁦[{0}, {1})⁩ فارغ بعد التوحيد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="222"/>
        <source>unknown document field &apos;{0}&apos;</source>
        <translation>حقل مستند غير معروف &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="223"/>
        <source>a text value must be a string</source>
        <translation>يجب أن تكون القيمة النصية سلسلة نصية</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="224"/>
        <source>text longer than {0} characters</source>
        <translation>نص أطول من {0} محرف</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="225"/>
        <source>&apos;{0}&apos; is not one of its values ({1})</source>
        <translation>&apos;{0}&apos; ليست من قيمه ({1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="226"/>
        <source>a multiple choice is a list of value names</source>
        <translation>الاختيار المتعدد قائمة بأسماء القيم</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="227"/>
        <source>a value is given twice</source>
        <translation>قيمة مذكورة مرتين</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="229"/>
        <source>layer {0}</source>
        <translation>الطبقة {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="230"/>
        <source>document {0}, layer {1}</source>
        <translation>المستند {0}، الطبقة {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="231"/>
        <source>your {0} lost to the newer {1}</source>
        <translation>تعديلك ({0}) غلبه التعديل الأحدث ({1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="232"/>
        <source>deleted {0}</source>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="233"/>
        <source>{0} event</source>
        <translation>حدث {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="234"/>
        <source>document label {0} = {1}</source>
        <translation>تصنيف المستند {0} = {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="235"/>
        <source>the {0} event from the server was not brought in: its trigger span is deleted here</source>
        <translation>لم يُجلب حدث {0} من الخادم: مقطعه المُطلِق محذوف هنا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="236"/>
        <source>the team server has a span labelled {0}, which this project&apos;s schema lacks</source>
        <translation>في خادم الفريق مقطع موسوم {0}، ويخلو منه مخطط هذا المشروع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="237"/>
        <source>the team server has an event this project refuses: {0}</source>
        <translation>في خادم الفريق حدث يرفضه هذا المشروع: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="238"/>
        <source>the team server has a document label this project refuses: {0}</source>
        <translation>في خادم الفريق تصنيف مستند يرفضه هذا المشروع: {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="239"/>
        <source>document {0} on the team server</source>
        <translation>المستند {0} على خادم الفريق</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="240"/>
        <source>its text does not match its stored hash</source>
        <translation>نصه لا يطابق البصمة المخزنة له</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="241"/>
        <source>span {0} is in layer {1} here but in {2} on the team server</source>
        <translation>المقطع {0} في الطبقة {1} هنا لكنه في {2} على خادم الفريق</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="242"/>
        <source>this project syncs with another team project ({0}); sync a new project with this server instead</source>
        <translation>هذا المشروع يتزامن مع مشروع فريق آخر ({0})؛ زامِن مشروعًا جديدًا مع هذا الخادم بدلًا منه</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="243"/>
        <source>this project syncs as {0}, not {1}: connect as {0}, or sync a new project</source>
        <translation>هذا المشروع يتزامن باسم {0} لا {1}: اتصل باسم {0}، أو زامِن مشروعًا جديدًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="245"/>
        <source>folder {0} does not exist</source>
        <translation>المجلد {0} غير موجود</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="246"/>
        <source>exists and is not a folder</source>
        <translation>موجود وليس مجلدًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="247"/>
        <source>exists and is not a folder (--split writes a folder)</source>
        <translation>موجود وليس مجلدًا (‏--split يكتب مجلدًا)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="248"/>
        <source>is a folder; give a file name</source>
        <translation>مجلد؛ اكتب اسم ملف</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="249"/>
        <source>cannot create a temporary file</source>
        <translation>يتعذر إنشاء ملف مؤقت</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="250"/>
        <source>cannot create a temporary folder</source>
        <translation>يتعذر إنشاء مجلد مؤقت</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="251"/>
        <source>the project changed while it was exported; export again</source>
        <translation>تغيّر المشروع أثناء تصديره؛ صدِّره مرة أخرى</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="252"/>
        <source>the {0} export writes labels.json beside its file; give a file name</source>
        <translation>تصدير {0} يكتب labels.json بجانب ملفه؛ اكتب اسم ملف</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="253"/>
        <source>the label schema has no single- or multiple-choice document field: nothing to export as text classification</source>
        <translation>لا يحوي مخطط الوسوم حقل مستند باختيار واحد أو متعدد: لا شيء يُصدَّر تصنيفًا للنصوص</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="254"/>
        <source>not on token boundaries (tokens {0}); in the JSONL with character offsets only, not in the .spacy DocBin</source>
        <translation>ليس على حدود الكلمات (الكلمات {0})؛ في JSONL بمواضع المحارف فقط، وليس في DocBin ملف ‎.spacy</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="255"/>
        <source>starts with a line break, which a brat fragment cannot hold</source>
        <translation>يبدأ بفاصل أسطر، ولا تتسع له قطعة brat</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="256"/>
        <source>ends with a line break, which a brat fragment cannot hold</source>
        <translation>ينتهي بفاصل أسطر، ولا تتسع له قطعة brat</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="257"/>
        <source>has only whitespace, which brat does not accept as a span text</source>
        <translation>ليس فيه إلا مسافات بيضاء، ولا يقبلها brat نصًّا لمقطع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="258"/>
        <source>left out</source>
        <translation>استُبعد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="259"/>
        <source>{0} event left out: its trigger span {1} is left out</source>
        <translation>استُبعد حدث {0}: استُبعد مقطعه المُطلِق {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="260"/>
        <source>argument {0} left out: its span {1} is left out</source>
        <translation>استُبعد الدور {0}: استُبعد مقطعه {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="261"/>
        <source>no {0}, written with label null</source>
        <translation>لا {0}، كُتب بالوسم null</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="263"/>
        <source>nothing to learn from: {0} document(s) with no label that has {1} or more spans</source>
        <translation>لا شيء يُتعلَّم منه: {0} مستند ليس فيها وسم له {1} مقاطع أو أكثر</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="264"/>
        <source>not a stored suggestion model</source>
        <translation>ليس نموذج اقتراحات مخزنًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="265"/>
        <source>damaged suggestion model ({0})</source>
        <translation>نموذج اقتراحات تالف ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="266"/>
        <source>the suggestion model was made by another version (model {0}, features {1}; this version reads {2}, {3}): train it again</source>
        <translation>صنع نموذجَ الاقتراحات إصدارٌ آخر (النموذج {0}، السمات {1}؛ وهذا الإصدار يقرأ {2}، {3}): درِّبه من جديد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="267"/>
        <source>no document is marked done yet: nothing to train on (mark documents done, or train on a layer: --layer gold|NAME)</source>
        <translation>لم يُعلَّم أي مستند منتهيًا بعد: لا شيء للتدريب عليه (علِّم مستندات منتهية، أو درِّب على طبقة: ‎--layer gold|NAME)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="268"/>
        <source>no document has the layer &apos;{0}&apos;: nothing to train on</source>
        <translation>لا مستند فيه الطبقة &apos;{0}&apos;: لا شيء للتدريب عليه</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="269"/>
        <source>empty name</source>
        <translation>اسم فارغ</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="270"/>
        <source>unknown label &apos;{0}&apos; (labels: {1})</source>
        <translation>وسم غير معروف &apos;{0}&apos; (الوسوم: {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="271"/>
        <source>&apos;{0}&apos; is {1} here but {2} on line {3}</source>
        <translation>&apos;{0}&apos; موسوم {1} هنا لكنه {2} في السطر {3}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="272"/>
        <source>no names (expected rows of a name and a label)</source>
        <translation>لا أسماء (المتوقع صفوف من اسم ووسم)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="273"/>
        <source>cannot read the row as CSV ({0})</source>
        <translation>تتعذر قراءة الصف بصيغة CSV ({0})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="275"/>
        <source>cannot detect the encoding (not UTF-8, UTF-16 or Windows-1256)</source>
        <translation>يتعذر تحديد الترميز (ليس UTF-8 ولا UTF-16 ولا Windows-1256)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="276"/>
        <source>binary file (contains NUL bytes), not text</source>
        <translation>ملف ثنائي (فيه بايتات NUL)، وليس نصًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="277"/>
        <source>if it is UTF-16 text, pass --encoding {0}</source>
        <translation>إن كان نصًّا بترميز UTF-16 فمرِّر ‎--encoding {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="278"/>
        <source>binary file (control characters), not text</source>
        <translation>ملف ثنائي (فيه محارف تحكم)، وليس نصًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="279"/>
        <source>not valid {0}: the file ends in the middle of a character at column {1} (byte offset {2}); it looks truncated</source>
        <translation>ليس {0} صالحًا: ينتهي الملف في وسط محرف عند العمود {1} (موضع البايت {2})؛ يبدو مبتورًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="280"/>
        <source>not valid {0} at column {1} (byte offset {2}: {3}, {4}); if the file is in another encoding, pass --encoding</source>
        <translation>ليس {0} صالحًا عند العمود {1} (موضع البايت {2}: {3}، {4})؛ إن كان الملف بترميز آخر فمرِّر ‎--encoding</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="281"/>
        <source>not valid {0} (byte {1})</source>
        <translation>ليس {0} صالحًا (البايت {1})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="282"/>
        <source>unknown encoding &apos;{0}&apos;</source>
        <translation>ترميز غير معروف &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="283"/>
        <source>a task must be an object with a &apos;data&apos; object</source>
        <translation>يجب أن تكون المهمة كائنًا فيه الكائن &apos;data&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="284"/>
        <source>&apos;data.text&apos; is missing or empty</source>
        <translation>الحقل &apos;data.text&apos; مفقود أو فارغ</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="285"/>
        <source>&apos;data.text&apos; contains NUL characters (U+0000)</source>
        <translation>الحقل &apos;data.text&apos; يحوي محارف NUL ‏(U+0000)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="286"/>
        <source>&apos;data.text&apos; contains an unpaired surrogate escape</source>
        <translation>الحقل &apos;data.text&apos; يحوي رمز هروب بديلًا غير مزدوج</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="287"/>
        <source>&apos;{0}&apos; must be a list, got {1}</source>
        <translation>يجب أن يكون &apos;{0}&apos; قائمة، والموجود {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="288"/>
        <source>each annotation needs a &apos;result&apos; list</source>
        <translation>كل تعليق يحتاج إلى القائمة &apos;result&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="289"/>
        <source>a &apos;labels&apos; result needs a &apos;value&apos; object</source>
        <translation>نتيجة &apos;labels&apos; تحتاج إلى الكائن &apos;value&apos;</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="290"/>
        <source>offsets must be integers, got {0}, {1}</source>
        <translation>يجب أن تكون المواضع أعدادًا صحيحة، والموجود {0}، {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="291"/>
        <source>offsets [{0}, {1}) are out of range</source>
        <translation>المواضع ⁦[{0}, {1})⁩ خارج النطاق</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="292"/>
        <source>UTF-16 offsets [{0}, {1}) fall inside a character or past the end of the text</source>
        <translation>مواضع UTF-16 ‏⁦[{0}, {1})⁩ تقع داخل محرف أو بعد نهاية النص</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="293"/>
        <source>region [{0}, {1}) has no labels</source>
        <translation>المنطقة ⁦[{0}, {1})⁩ بلا وسوم</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="294"/>
        <source>relation {0} -&gt; {1} has no role label</source>
        <translation>العلاقة {0} -&gt; {1} بلا وسم دور</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="295"/>
        <source>region {0}</source>
        <translation>المنطقة {0}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="296"/>
        <source>an attribute needs a from_name and a value object</source>
        <translation>السمة تحتاج إلى from_name وإلى الكائن value</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="297"/>
        <source>attribute {0} needs exactly one choice, got {1}</source>
        <translation>السمة {0} تحتاج إلى اختيار واحد بالضبط، والموجود {1}</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="298"/>
        <source>{0} is nested more than {1} levels deep</source>
        <translation>{0} متداخل أكثر من {1} مستوى</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="299"/>
        <source>&apos;tokens&apos; must be a list</source>
        <translation>يجب أن يكون &apos;tokens&apos; قائمة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="300"/>
        <source>token {0} must be an object</source>
        <translation>يجب أن تكون الكلمة {0} كائنًا</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="301"/>
        <source>token {0} has offsets {1}, {2} outside the text</source>
        <translation>للكلمة {0} المواضع {1}، {2} خارج النص</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="302"/>
        <source>token {0} text {1} does not match the text ({2})</source>
        <translation>نص الكلمة {0} ‏{1} لا يطابق النص ({2})</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="303"/>
        <source>span [{0}, {1}) does not match the document text</source>
        <translation>المقطع ⁦[{0}, {1})⁩ لا يطابق نص المستند</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="305"/>
        <source>the project is read-only here (no permission to write the file or its folder)</source>
        <translation>المشروع للقراءة فقط هنا (لا إذن بالكتابة في الملف أو مجلده)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="306"/>
        <source>cannot be read in this read-only folder: {0} holds changes not yet in the file (open it once where it can be written)</source>
        <translation>لا يُقرأ في هذا المجلد المخصص للقراءة فقط: في {0} تغييرات لم تدخل الملف بعد (افتحه مرة حيث تمكن الكتابة)</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="307"/>
        <source>made by an older version of annotator and read-only here: open it once where it can be written</source>
        <translation>صنعه إصدار أقدم من annotator وهو للقراءة فقط هنا: افتحه مرة حيث تمكن الكتابة</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="308"/>
        <source>{0} span(s) labelled {1}, which the new schema lacks</source>
        <translation>{0} مقطع موسوم {1}، ويخلو منه المخطط الجديد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="309"/>
        <source>{0} {1} argument(s) in role {2}, which the new schema lacks</source>
        <translation>{0} دور في أحداث {1} بالدور {2}، ويخلو منه المخطط الجديد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="310"/>
        <source>{0} events with {1}={2}, not allowed by the new schema</source>
        <translation>أحداث {0} بالقيمة {1}={2}، ولا يسمح بها المخطط الجديد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="311"/>
        <source>{0} document label(s) in field {1}, which the new schema lacks</source>
        <translation>{0} تصنيف مستند في الحقل {1}، ويخلو منه المخطط الجديد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="312"/>
        <source>{0} document(s) with {1} = {2}, which the new schema does not allow</source>
        <translation>{0} مستند فيه {1} = {2}، ولا يسمح به المخطط الجديد</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="313"/>
        <source>is a folder, not a project file</source>
        <translation>مجلد وليس ملف مشروع</translation>
    </message>
    <message>
        <location filename="core_templates.py" line="314"/>
        <source>the team server has no database {0} ({1}): check the database name in the URL</source>
        <translation>لا توجد على خادم الفريق قاعدة بيانات باسم {0} ({1}): تحقق من اسم قاعدة البيانات في العنوان</translation>
    </message>
</context>
<context>
    <name>DeletedSpansDialog</name>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="35"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="36"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="37"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="38"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="54"/>
        <source>Restore deleted spans</source>
        <translation>استعادة المقاطع المحذوفة</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="57"/>
        <source>Spans deleted from «{0}», most recent first:</source>
        <translation>المقاطع المحذوفة من «{0}»، الأحدث أولًا:</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="78"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="107"/>
        <source>Nothing to restore: no span of this document is deleted.</source>
        <translation>لا شيء للاستعادة: لم يُحذف أي مقطع من هذا المستند.</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="123"/>
        <source>Restored {0} span(s).</source>
        <translation>استُعيدت مقاطع: {0}.</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="125"/>
        <source>Not restored: {0}</source>
        <translation>لم يُستعد: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentLabelsPanel</name>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="96"/>
        <source>Accept agreed labels into gold</source>
        <translation>قبول الوسوم المتفق عليها في الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="99"/>
        <source>Copy into gold every document label that all annotators gave the same value</source>
        <translation>نسخ كل وسم مستند أعطاه كل الموسِّمين القيمة نفسها إلى الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="126"/>
        <source>The label schema defines no document fields (Edit → Label schema adds them).</source>
        <translation>لا يعرّف مخطط الوسوم أي حقول للمستند (تحرير ← مخطط الوسوم يضيفها).</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="146"/>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="166"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="207"/>
        <source>no annotator</source>
        <translation>لا موسِّم</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="216"/>
        <source>While this panel has the focus (Ctrl+D), a value&apos;s key sets it; Escape goes back to the text.</source>
        <translation>ما دامت هذه اللوحة في التركيز (Ctrl+D) فمفتاح القيمة يضبطها؛ وEscape يعود إلى النص.</translation>
    </message>
    <message>
        <location filename="../widgets/doc_labels_panel.py" line="218"/>
        <source>Gold (review): </source>
        <translation>الذهبية (مراجعة): </translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../models/document_model.py" line="36"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../models/document_model.py" line="37"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../models/document_model.py" line="38"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../models/document_model.py" line="39"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../models/document_model.py" line="160"/>
        <source>Adjudication (gold layer): {0}</source>
        <translation>الفصل (الطبقة الذهبية): {0}</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../widgets/document_panel.py" line="37"/>
        <source>Filter titles (ignores diacritics, tatweel, أ/إ/ا, ى/ي)</source>
        <translation>تصفية العناوين (تتجاهل التشكيل والتطويل وأ/إ/ا وى/ي)</translation>
    </message>
    <message>
        <location filename="../widgets/document_panel.py" line="41"/>
        <source>Show only the documents assigned to you; untick to see every document in the project</source>
        <translation>إظهار المستندات الموزعة عليك فقط؛ أزل العلامة لترى كل مستندات المشروع</translation>
    </message>
    <message>
        <location filename="../widgets/document_panel.py" line="108"/>
        <source>Only my assigned documents ({0})</source>
        <translation>المستندات الموزعة عليّ فقط ({0})</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../edit_controller.py" line="62"/>
        <source>Select text first (drag, double-click or Shift+arrows), then press a label key.</source>
        <translation>حدّد نصًا أولًا (بالسحب أو النقر المزدوج أو Shift+الأسهم)، ثم اضغط مفتاح وسم.</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="68"/>
        <location filename="../edit_controller.py" line="84"/>
        <source>Click a span to select it first.</source>
        <translation>انقر مقطعًا لتحديده أولًا.</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="78"/>
        <source>Deleted «{0}» and {1}. Undo (Ctrl+Z) restores them.</source>
        <translation>حُذف «{0}» و{1}. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="88"/>
        <source>«{0}» has no proclitic to trim.</source>
        <translation>ليس في «{0}» سابقة تُقصّ.</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="99"/>
        <source>Click a span to select it first, then move its start or end (Alt+arrows).</source>
        <translation>انقر مقطعًا لتحديده أولًا، ثم حرّك بدايته أو نهايته (Alt+الأسهم).</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="104"/>
        <source>The {0} of «{1}» cannot move that way.</source>
        <translation>لا يمكن تحريك {0} «{1}» في هذا الاتجاه.</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="105"/>
        <source>start</source>
        <translation>بداية</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="105"/>
        <source>end</source>
        <translation>نهاية</translation>
    </message>
    <message>
        <location filename="../edit_controller.py" line="107"/>
        <location filename="../edit_controller.py" line="113"/>
        <source>Move boundary of</source>
        <translation>تحريك حدّ</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <location filename="../event_controller.py" line="80"/>
        <source>{0} event</source>
        <translation>حدث {0}</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="96"/>
        <source>{0} selected: click a span, then press R (or right-click it) to add it as an argument.</source>
        <translation>حُدّد {0}: انقر مقطعًا ثم اضغط R (أو انقره بالزر الأيمن) لإضافته دورًا.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="127"/>
        <source>Choose an event in the Events panel first.</source>
        <translation>اختر حدثًا في لوحة الأحداث أولًا.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="130"/>
        <source>Click the span to add as an argument.</source>
        <translation>انقر المقطع الذي تضيفه دورًا.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="137"/>
        <source>Refused: no free role of {0} accepts a {1} span.</source>
        <translation>رُفض: لا دور شاغر في {0} يقبل مقطعًا من نوع {1}.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="151"/>
        <source>Refused: {0}</source>
        <translation>رُفض: {0}</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="166"/>
        <source>&amp;{0} of {1}</source>
        <translation>&amp;{0} في {1}</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="168"/>
        <source>{0} of {1} (&amp;{2})</source>
        <translation>{0} في {1} (&amp;{2})</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../widgets/event_panel.py" line="37"/>
        <source>Event / role</source>
        <translation>الحدث / الدور</translation>
    </message>
    <message>
        <location filename="../widgets/event_panel.py" line="37"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../dialogs/export_dialog.py" line="53"/>
        <source>{0} (*{1});;All files (*)</source>
        <translation>{0} (*{1});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="71"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="76"/>
        <source>all layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="80"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="87"/>
        <source>Split by document into train/dev/test</source>
        <translation>التقسيم بحسب المستند إلى train/dev/test</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="95"/>
        <source>Token options</source>
        <translation>خيارات الكلمات</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="103"/>
        <source>Include event triggers (--include-events)</source>
        <translation>تضمين مُطلِقات الأحداث (--include-events)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="106"/>
        <source>Token formats are entity data: event trigger spans are left out unless ticked</source>
        <translation>صيغ الكلمات بيانات كيانات: تُستبعد مقاطع مُطلِقات الأحداث ما لم تُعلَّم</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="108"/>
        <source>Strict: report problems as a failure (--strict)</source>
        <translation>صارم: اعتبار المشكلات إخفاقًا (--strict)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="111"/>
        <source>Problems (such as spans widened to whole tokens) make the export fail; the files are still written, as with the command line</source>
        <translation>المشكلات (كمقاطع وُسّعت إلى كلمات كاملة) تُفشل التصدير؛ وتُكتب الملفات مع ذلك، كما في سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="126"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="127"/>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="128"/>
        <location filename="../dialogs/export_dialog.py" line="181"/>
        <source>Output file:</source>
        <translation>ملف الإخراج:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="131"/>
        <source>Split:</source>
        <translation>التقسيم:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="132"/>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="147"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="147"/>
        <source>keep attached</source>
        <translation>إبقاؤها ملتصقة</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="148"/>
        <source>split off</source>
        <translation>فصلها</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="148"/>
        <source>one column per level</source>
        <translation>عمود لكل مستوى</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="149"/>
        <source>outermost only</source>
        <translation>الخارجي فقط</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="153"/>
        <source>Scheme:</source>
        <translation>نظام الوسم:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="153"/>
        <source>Clitics:</source>
        <translation>اللواصق:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="154"/>
        <source>Nested:</source>
        <translation>المتداخلة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="180"/>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="187"/>
        <source>Export to folder</source>
        <translation>تصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="192"/>
        <source>Export to file</source>
        <translation>تصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="210"/>
        <source>Choose where to write the export.</source>
        <translation>اختر أين يُكتب التصدير.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="221"/>
        <source>The folder {0} does not exist.</source>
        <translation>المجلد {0} غير موجود.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../dialogs/export_dialog.py" line="246"/>
        <source>{0}
Strict export: the problems make it a failure (the files were written).</source>
        <translation>{0}
تصدير صارم: المشكلات تجعله إخفاقًا (كُتبت الملفات).</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="249"/>
        <source>Export: {0}</source>
        <translation>التصدير: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="253"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../find_bar.py" line="46"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="55"/>
        <source>Find in this document (hamza, ى/ي, ة/ه and diacritics ignored)</source>
        <translation>ابحث في هذا المستند (مع تجاهل الهمزة وى/ي وة/ه والتشكيل)</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="62"/>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="65"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="66"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="74"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="122"/>
        <source>no match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="124"/>
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../widgets/find_panel.py" line="151"/>
        <source>Find in the text of every document (ignores diacritics, tatweel, أ/إ/ا, ى/ي, ة/ه)</source>
        <translation>ابحث في نص كل المستندات (يتجاهل التشكيل والتطويل و أ/إ/ا و ى/ي و ة/ه)</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="172"/>
        <source>Show more hits</source>
        <translation>عرض مزيد من النتائج</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="255"/>
        <source>No hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="258"/>
        <source>{0} hits in {1} documents</source>
        <translation>{0} نتيجة في {1} مستند</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="260"/>
        <source> (more in later documents)</source>
        <translation> (والمزيد في المستندات التالية)</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="268"/>
        <source>Indexing: {0} documents left</source>
        <translation>الفهرسة: بقي {0} مستند</translation>
    </message>
</context>
<context>
    <name>FormatTitle</name>
    <message>
        <location filename="format_titles.py" line="17"/>
        <source>Native JSONL (lossless, re-importable)</source>
        <translation>JSONL الأصلي (بلا فقد، يُعاد استيراده)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="18"/>
        <source>brat standoff (folder)</source>
        <translation>brat بملفات تعليق منفصلة (مجلد)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="19"/>
        <source>CoNLL (BIO/BILOU tokens)</source>
        <translation>CoNLL (وحدات نصية بوسوم BIO/BILOU)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="20"/>
        <source>Hugging Face token classification (JSONL)</source>
        <translation>تصنيف الوحدات النصية لـ Hugging Face ‏(JSONL)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="21"/>
        <source>spaCy (JSONL + DocBin)</source>
        <translation>spaCy (JSONL + DocBin)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="22"/>
        <source>doccano (JSONL)</source>
        <translation>doccano (JSONL)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="23"/>
        <source>Label Studio (JSON)</source>
        <translation>Label Studio (JSON)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="24"/>
        <source>CSV of spans (spreadsheet)</source>
        <translation>CSV بالمقاطع (جدول بيانات)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="25"/>
        <source>Text classification from document labels (JSONL)</source>
        <translation>تصنيف النصوص من تصنيفات المستندات (JSONL)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="27"/>
        <source>plain text, one document per file</source>
        <translation>نص عادي، مستند واحد في كل ملف</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="28"/>
        <source>JSON lines (native, doccano or Prodigy records)</source>
        <translation>أسطر JSON (سجلات أصلية أو من doccano أو Prodigy)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="29"/>
        <source>native JSONL records</source>
        <translation>سجلات JSONL أصلية</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="30"/>
        <source>doccano JSONL records</source>
        <translation>سجلات JSONL من doccano</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="31"/>
        <source>Prodigy JSONL records</source>
        <translation>سجلات JSONL من Prodigy</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="32"/>
        <source>a Label Studio export (a JSON array of tasks)</source>
        <translation>ملف مُصدَّر من Label Studio (مصفوفة JSON من المهام)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="33"/>
        <source>CoNLL tokens and tags (-DOCSTART- blocks)</source>
        <translation>وحدات نصية ووسوم CoNLL (كتل -DOCSTART-)</translation>
    </message>
    <message>
        <location filename="format_titles.py" line="34"/>
        <source>spaCy/Prodigy JSONL with tokens (checked)</source>
        <translation>JSONL من spaCy/Prodigy بوحدات نصية (يُتحقق منها)</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <location filename="../widgets/guidelines.py" line="31"/>
        <source>{0} (version {1})</source>
        <translation>{0} (الإصدار {1})</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="35"/>
        <source>Entity labels</source>
        <translation>وسوم الكيانات</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="39"/>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="52"/>
        <source>roles: {0}</source>
        <translation>الأدوار: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="53"/>
        <source>attributes: {0}</source>
        <translation>السمات: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="56"/>
        <source>Document fields (Document panel, Ctrl+D)</source>
        <translation>حقول المستند (لوحة المستند، Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="60"/>
        <source>free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="67"/>
        <source>Boundaries</source>
        <translation>الحدود</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../widgets/find_panel.py" line="59"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="59"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../dialogs/import_dialog.py" line="57"/>
        <source>Importable files ({0});;All files (*)</source>
        <translation>ملفات قابلة للاستيراد ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="67"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="71"/>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="72"/>
        <source>Add f&amp;older…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="74"/>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="83"/>
        <source>auto (by file suffix)</source>
        <translation>تلقائي (بحسب امتداد الملف)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="94"/>
        <source>Where the spans of doccano, Prodigy, CoNLL, spaCy and Label Studio files go (native JSONL names its own)</source>
        <translation>الطبقة التي تذهب إليها مقاطع ملفات doccano وProdigy وCoNLL وspaCy وLabel Studio (ملف JSONL الأصلي يسمّي طبقته)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="99"/>
        <source>detect (UTF-8, UTF-16, Windows-1256)</source>
        <translation>اكتشاف تلقائي (UTF-8، UTF-16، Windows-1256)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="114"/>
        <source>Files and folders to import (folders are read recursively: {0} files). A text already in the project is skipped.</source>
        <translation>الملفات والمجلدات المراد استيرادها (تُقرأ المجلدات بما فيها: ملفات {0}). يُتخطى النص الموجود في المشروع.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="119"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="120"/>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="121"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="165"/>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="171"/>
        <source>Add folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="193"/>
        <source>Add files or a folder to import.</source>
        <translation>أضف ملفات أو مجلدًا للاستيراد.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="197"/>
        <source>No such file or folder: {0}</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="203"/>
        <source>Unknown encoding &apos;{0}&apos;.</source>
        <translation>ترميز غير معروف &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="45"/>
        <source>Label all occurrences</source>
        <translation>وسم كل المواضع</translation>
    </message>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="48"/>
        <source>«{0}» ({1}) occurs, unlabelled, {2} more time(s) in this document and {3} time(s) in {4} other document(s) (not those you marked done):</source>
        <translation>يرد «{0}» ({1}) دون وسم {2} مرة أخرى في هذا المستند و{3} مرة في {4} مستند آخر (غير ما علّمته منتهيًا):</translation>
    </message>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="55"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="55"/>
        <source>Occurrence</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="68"/>
        <source>… and {0} more.</source>
        <translation>… و{0} غيرها.</translation>
    </message>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="71"/>
        <source>Label all {0}</source>
        <translation>وسم الكل {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/label_all_dialog.py" line="73"/>
        <source>Only this document ({0})</source>
        <translation>هذا المستند فقط ({0})</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../widgets/label_palette.py" line="15"/>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <location filename="../widgets/label_palette.py" line="16"/>
        <source>Locations</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../widgets/label_palette.py" line="17"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../widgets/label_palette.py" line="18"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../widgets/label_palette.py" line="67"/>
        <source>key: {0}</source>
        <translation>المفتاح: {0}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="__init__.py" line="92"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../app.py" line="80"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../app.py" line="81"/>
        <source>The window is opened again in the other language; the undo history starts afresh (everything is saved). Switch now?</source>
        <translation>ستُفتح النافذة من جديد باللغة الأخرى، ويبدأ سجل التراجع من جديد (كل شيء محفوظ). هل تبدّل الآن؟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>✓ All changes saved</source>
        <translation>✓ كل التغييرات محفوظة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Team</source>
        <translation>&amp;الفريق</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>Label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>The project&apos;s label schema gives labels keys the program uses itself; those keys do the program&apos;s action, not the label. Switch to a schema with other keys (File → Switch label schema).</source>
        <translation>يعطي مخطط وسوم المشروع بعض الوسوم مفاتيح يستخدمها البرنامج نفسه؛ فتؤدي تلك المفاتيح عمل البرنامج لا الوسم. انتقل إلى مخطط بمفاتيح أخرى (ملف ← تبديل مخطط الوسوم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>This project has no documents yet.

Import .txt files, folders or JSONL (File → Import, Ctrl+O),
or drop files and folders on this window.</source>
        <translation>لا مستندات في هذا المشروع بعد.

استورد ملفات ‎.txt أو مجلدات أو JSONL (ملف ← استيراد، Ctrl+O)،
أو أفلت الملفات والمجلدات على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Find in project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Span &amp;boundary</source>
        <translation>&amp;حدود المقطع</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>&amp;Document</source>
        <translation>الم&amp;ستند</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>&amp;Review</source>
        <translation>الم&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>S&amp;uggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <location filename="../main_window.py" line="693"/>
        <source>{0} characters</source>
        <translation>الأحرف: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;تراجع عن {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="473"/>
        <source>&amp;Redo {0}</source>
        <translation>إ&amp;عادة {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="583"/>
        <source>Every document in the list is done.</source>
        <translation>كل مستندات القائمة منتهية.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="626"/>
        <source>✓ Saved: {0}</source>
        <translation>✓ حُفظ: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="725"/>
        <source>warning: {0}</source>
        <translation>تحذير: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="729"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="736"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="748"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>Switch label schema</source>
        <translation>تبديل مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="752"/>
        <source>Schema (*.toml)</source>
        <translation>مخطط (*.toml)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="758"/>
        <location filename="../main_window.py" line="760"/>
        <source>Switch schema</source>
        <translation>تبديل المخطط</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="761"/>
        <source>The new schema is stored in the project; reopen the window to use its labels.</source>
        <translation>حُفظ المخطط الجديد في المشروع؛ أعد فتح النافذة لاستخدام وسومه.</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../dialogs/progress_window.py" line="26"/>
        <source>Annotator</source>
        <translation>الموسِّم</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="27"/>
        <source>Assigned</source>
        <translation>الموزعة</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="28"/>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="29"/>
        <source>Done</source>
        <translation>المنتهية</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="30"/>
        <source>Compared</source>
        <translation>المقارَنة</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="31"/>
        <source>Exact F1</source>
        <translation>F1 المطابق</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="32"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ كوهين</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="42"/>
        <source>Team progress</source>
        <translation>تقدم الفريق</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="52"/>
        <source>The annotator (a member of the team project)</source>
        <translation>الموسِّم (عضو في مشروع الفريق)</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="53"/>
        <source>Documents assigned to them on the server</source>
        <translation>المستندات الموزعة عليه في الخادم</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="54"/>
        <source>Documents they are working on</source>
        <translation>المستندات التي يعمل عليها</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="55"/>
        <source>Documents they marked done or skipped</source>
        <translation>المستندات التي علّمها منتهية أو تخطاها</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="56"/>
        <source>Documents compared with another annotator (summed over pairs)</source>
        <translation>المستندات المقارنة مع موسِّم آخر (مجموعة على الأزواج)</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="57"/>
        <source>F1 of spans with the same start, end and label, over the documents both annotators marked done</source>
        <translation>F1 للمقاطع ذات البداية والنهاية والوسم نفسها، على المستندات التي علّمها الموسِّمان منتهية</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="59"/>
        <source>Token-level agreement corrected for chance</source>
        <translation>الاتفاق على مستوى الكلمات مصحَّحًا للصدفة</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="65"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="68"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="80"/>
        <source>Reading progress from the team server…</source>
        <translation>جارٍ قراءة التقدم من خادم الفريق…</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="94"/>
        <source>Could not read progress: {0}</source>
        <translation>تعذّرت قراءة التقدم: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="108"/>
        <source>No documents are assigned yet.</source>
        <translation>لم يُوزَّع أي مستند بعد.</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="110"/>
        <source>{0} annotator(s)</source>
        <translation>{0} موسِّم</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="112"/>
        <source> · agreement over {0} document(s) marked done by two or more annotators: exact F1 {1}, Cohen&apos;s κ {2}</source>
        <translation> · الاتفاق على {0} مستند علّمه موسِّمان أو أكثر منتهيًا: F1 المطابق {1}، κ كوهين {2}</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="117"/>
        <source> · no agreement yet: it needs documents two annotators marked done, in a project that holds their layers (a reviewer&apos;s)</source>
        <translation> · لا اتفاق بعد: يلزم مستندات علّمها موسِّمان منتهية، في مشروع يضم طبقاتهما (مشروع مراجع)</translation>
    </message>
    <message>
        <location filename="../dialogs/progress_window.py" line="121"/>
        <source>Updated {0}</source>
        <translation>حُدّث {0}</translation>
    </message>
</context>
<context>
    <name>RemovedLabelsDialog</name>
    <message>
        <location filename="../dialogs/removed_labels.py" line="38"/>
        <source>Removed labels in use</source>
        <translation>وسوم محذوفة قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../dialogs/removed_labels.py" line="39"/>
        <source>These labels are removed but spans still carry them. Choose what happens to their spans (Undo takes the whole save back).</source>
        <translation>حُذفت هذه الوسوم لكن مقاطع ما زالت تحملها. اختر مصير مقاطعها (التراجع يلغي الحفظ كله).</translation>
    </message>
    <message>
        <location filename="../dialogs/removed_labels.py" line="47"/>
        <source>Delete its {0} event(s) and trigger span(s)</source>
        <translation>حذف أحداثه ({0}) ومقاطع مُطلِقاتها</translation>
    </message>
    <message>
        <location filename="../dialogs/removed_labels.py" line="48"/>
        <source>Delete its {0} span(s)</source>
        <translation>حذف مقاطعه ({0})</translation>
    </message>
    <message>
        <location filename="../dialogs/removed_labels.py" line="52"/>
        <source>Relabel its {0} span(s) as {1}</source>
        <translation>إعادة وسم مقاطعه ({0}) بـ {1}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="messages.py" line="117"/>
        <source>unanimous</source>
        <translation>بالإجماع</translation>
    </message>
    <message>
        <location filename="messages.py" line="118"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="messages.py" line="119"/>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="messages.py" line="120"/>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <location filename="messages.py" line="121"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="messages.py" line="122"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="messages.py" line="123"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="32"/>
        <source>gold ({0})</source>
        <translation>ذهبي ({0})</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="32"/>
        <source>in gold ({0})</source>
        <translation>في الذهبية ({0})</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="47"/>
        <source>(gold only)</source>
        <translation>(الذهبية فقط)</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="87"/>
        <source>{0} event</source>
        <translation>حدث {0}</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="92"/>
        <source>decided by {0} ({1}) at {2}</source>
        <translation>فصل فيه {0} ({1}) في {2}</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="96"/>
        <source>marked by {0}</source>
        <translation>وسمه {0}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../review/controller.py" line="99"/>
        <source>Review mode: F8 steps to the next disagreement; Ctrl+Shift+A accepts what all annotators agree on.</source>
        <translation>وضع المراجعة: F8 ينتقل إلى الخلاف التالي؛ وCtrl+Shift+A يقبل ما اتفق عليه كل الموسِّمين.</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="127"/>
        <source>marked by {0} · {1}</source>
        <translation>وسمه {0} · {1}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="134"/>
        <source>{0} by {1}; agreed by {2}</source>
        <translation>{0} من {1}؛ اتفق عليه {2}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="135"/>
        <location filename="../review/controller.py" line="149"/>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="137"/>
        <source>gold {0}: «{1}»</source>
        <translation>ذهبي {0}: «{1}»</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="150"/>
        <source>{0} unanimous ({1} not yet in gold)</source>
        <translation>بالإجماع: {0} (لم يدخل الذهبية بعد: {1})</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="152"/>
        <source>unanimity needs two annotators</source>
        <translation>الإجماع يحتاج موسِّمَين</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="157"/>
        <source>annotators: {0}  ·  {1}  ·  {2} of {3} disagreements open  ·  gold: {4}</source>
        <translation>الموسِّمون: {0}  ·  {1}  ·  خلافات مفتوحة: {2} من {3}  ·  الذهبية: {4}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="204"/>
        <source>No open disagreements in this document: Ctrl+Return marks gold done.</source>
        <translation>لا خلافات مفتوحة في هذا المستند: Ctrl+Return يعلّم الذهبية منتهية.</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="236"/>
        <source>Accept unanimous</source>
        <translation>قبول المُجمَع عليه</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="237"/>
        <source>Accept unanimous ({0} spans, {1} events)</source>
        <translation>قبول المُجمَع عليه ({0} مقطع، {1} حدث)</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="243"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="249"/>
        <source>Accept also</source>
        <translation>قبول أيضًا</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="253"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="260"/>
        <source>Choose a candidate first (F8 steps to the next disagreement).</source>
        <translation>اختر مرشحًا أولًا (F8 ينتقل إلى الخلاف التالي).</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="271"/>
        <source>{0}; {1} other version(s) rejected</source>
        <translation>{0}؛ رُفضت نسخ أخرى: {1}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="282"/>
        <source>Choose a gold span first (a candidate in gold, in the list or text).</source>
        <translation>اختر مقطعًا ذهبيًا أولًا (مرشحًا في الذهبية، في القائمة أو النص).</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="290"/>
        <source>Select the new extent in the review text, then press E.</source>
        <translation>حدّد الامتداد الجديد في نص المراجعة، ثم اضغط E.</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="295"/>
        <source>Set boundary of gold «{0}»</source>
        <translation>ضبط حدود الذهبي «{0}»</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="307"/>
        <source>Relabel gold «{0}»</source>
        <translation>إعادة وسم الذهبي «{0}»</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="313"/>
        <source>Add gold {0}</source>
        <translation>إضافة ذهبي {0}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review/view.py" line="75"/>
        <source>Solid gold boxes: the gold layer.  Coloured marks: every annotator&apos;s candidates (hover for who marked them).  F8/J next, Shift+F8 previous, Return accept (rejects the other versions of the same place), Shift+Return accept also (keeps both), X reject, E set boundary to the selected text, a label key relabels the selected gold span.</source>
        <translation>المربعات الذهبية المصمتة: الطبقة الذهبية.  العلامات الملونة: مرشحو كل موسِّم (مرّر المؤشر لترى من وسمها).  F8/J التالي، Shift+F8 السابق، Return قبول (يرفض النسخ الأخرى في الموضع نفسه)، Shift+Return قبول أيضًا (يُبقي الاثنين)، X رفض، E ضبط الحدود على النص المحدد، ومفتاح الوسم يعيد وسم المقطع الذهبي المحدد.</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../dialogs/schema_tables.py" line="59"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_tables.py" line="59"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_tables.py" line="60"/>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_tables.py" line="60"/>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
</context>
<context>
    <name>SchemaEditorDialog</name>
    <message>
        <location filename="../dialogs/schema_editor.py" line="88"/>
        <source>Label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="103"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="104"/>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="105"/>
        <source>Event attributes</source>
        <translation>سمات الأحداث</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="106"/>
        <source>Document fields</source>
        <translation>حقول المستند</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="107"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="120"/>
        <source>Problems (the schema is saved when there are none):</source>
        <translation>المشكلات (يُحفظ المخطط حين لا توجد):</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="140"/>
        <location filename="../dialogs/schema_editor.py" line="155"/>
        <location filename="../dialogs/schema_editor.py" line="209"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="140"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="140"/>
        <location filename="../dialogs/schema_editor.py" line="155"/>
        <location filename="../dialogs/schema_editor.py" line="174"/>
        <location filename="../dialogs/schema_editor.py" line="178"/>
        <location filename="../dialogs/schema_editor.py" line="197"/>
        <location filename="../dialogs/schema_editor.py" line="209"/>
        <location filename="../dialogs/schema_editor.py" line="223"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="140"/>
        <location filename="../dialogs/schema_editor.py" line="155"/>
        <location filename="../dialogs/schema_editor.py" line="174"/>
        <location filename="../dialogs/schema_editor.py" line="178"/>
        <location filename="../dialogs/schema_editor.py" line="197"/>
        <location filename="../dialogs/schema_editor.py" line="209"/>
        <location filename="../dialogs/schema_editor.py" line="223"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="141"/>
        <location filename="../dialogs/schema_editor.py" line="155"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="141"/>
        <location filename="../dialogs/schema_editor.py" line="156"/>
        <source>Hotkey</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="141"/>
        <location filename="../dialogs/schema_editor.py" line="156"/>
        <location filename="../dialogs/schema_editor.py" line="210"/>
        <location filename="../dialogs/schema_editor.py" line="224"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="149"/>
        <source>Hotkeys: a letter or digit, or Shift+digit (labels beyond nine). Colour: #rrggbb. A renamed label is renamed on its spans.</source>
        <translation>المفاتيح: حرف أو رقم، أو Shift+رقم (للوسوم بعد التاسع). اللون: ‎#rrggbb. الوسم المعاد تسميته يُعاد تسميته على مقاطعه.</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="173"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="173"/>
        <source>Labels it accepts</source>
        <translation>الوسوم التي يقبلها</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="173"/>
        <source>Several spans</source>
        <translation>عدة مقاطع</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="177"/>
        <location filename="../dialogs/schema_editor.py" line="196"/>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="177"/>
        <location filename="../dialogs/schema_editor.py" line="196"/>
        <location filename="../dialogs/schema_editor.py" line="209"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="177"/>
        <location filename="../dialogs/schema_editor.py" line="196"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="177"/>
        <location filename="../dialogs/schema_editor.py" line="196"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="187"/>
        <source>Roles of the selected event type (labels: names separated by commas)</source>
        <translation>أدوار نوع الحدث المحدد (الوسوم: أسماء تفصل بينها فواصل)</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="189"/>
        <source>Its own attributes</source>
        <translation>سماته الخاصة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="191"/>
        <source>An event&apos;s trigger span carries the event type as its label.</source>
        <translation>مقطع مُطلِق الحدث يحمل نوع الحدث وسمًا له.</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="204"/>
        <source>Attributes every event has (values separated by commas).</source>
        <translation>سمات يحملها كل حدث (قيم تفصل بينها فواصل).</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="223"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="223"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="231"/>
        <source>Values of the selected field (a key works in the Document panel)</source>
        <translation>قيم الحقل المحدد (المفتاح يعمل في لوحة المستند)</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="234"/>
        <source>Labels of a whole document: single choice, multiple choice or free text (text has no values).</source>
        <translation>وسوم المستند كله: اختيار واحد أو اختيار متعدد أو نص حر (النص بلا قيم).</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="247"/>
        <source>{0}; saved as version {1}</source>
        <translation>{0}؛ يُحفظ إصدارًا {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="252"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="253"/>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="254"/>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="255"/>
        <source>Boundary guideline:</source>
        <translation>إرشاد الحدود:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="375"/>
        <source>label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="383"/>
        <source>Nothing changed yet.</source>
        <translation>لم يتغير شيء بعد.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../session.py" line="121"/>
        <location filename="../session.py" line="156"/>
        <source>Add {0}</source>
        <translation>إضافة {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="131"/>
        <source>Delete {0}</source>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="139"/>
        <source>Restore {0}</source>
        <translation>استعادة {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="146"/>
        <source>Add {0} event</source>
        <translation>إضافة حدث {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="157"/>
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="167"/>
        <source>Edit attributes</source>
        <translation>تحرير السمات</translation>
    </message>
    <message>
        <location filename="../session.py" line="175"/>
        <source>Relabel {0} as {1}</source>
        <translation>إعادة وسم {0} بـ {1}</translation>
    </message>
    <message>
        <location filename="../session.py" line="184"/>
        <source>Trim</source>
        <translation>قصّ</translation>
    </message>
    <message>
        <location filename="../session.py" line="197"/>
        <source>Mark {0}</source>
        <translation>تعليم: {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="213"/>
        <source>Document labels</source>
        <translation>وسوم المستند</translation>
    </message>
    <message>
        <location filename="../session.py" line="214"/>
        <source>Set {0}</source>
        <translation>ضبط {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="233"/>
        <source>Accept agreed document labels</source>
        <translation>قبول وسوم المستند المتفق عليها</translation>
    </message>
    <message>
        <location filename="../session.py" line="245"/>
        <source>Edit label schema</source>
        <translation>تحرير مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../session.py" line="255"/>
        <source>Accept {0}</source>
        <translation>قبول {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="258"/>
        <source>Accept {0} suggestions</source>
        <translation>قبول {0} اقتراح</translation>
    </message>
    <message>
        <location filename="../session.py" line="270"/>
        <source>Reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../session.py" line="283"/>
        <source>Label all {0}</source>
        <translation>وسم الكل {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="321"/>
        <source>the {0} event it triggers</source>
        <translation>حدث {0} الذي يُطلقه</translation>
    </message>
    <message>
        <location filename="../session.py" line="323"/>
        <source>its role {0} in {1}</source>
        <translation>دوره {0} في {1}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="35"/>
        <source>Shift+arrows</source>
        <translation>Shift+الأسهم</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="35"/>
        <source>Select text (snapped to whole words)</source>
        <translation>تحديد النص (بكلمات كاملة)</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="36"/>
        <source>Alt+drag</source>
        <translation>Alt+السحب</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="36"/>
        <source>Select exact characters</source>
        <translation>تحديد أحرف بعينها</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="37"/>
        <source>Drag a selected span&apos;s edge</source>
        <translation>سحب حافة مقطع محدد</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="37"/>
        <source>Move its start or end (Alt: exact characters)</source>
        <translation>تحريك بدايته أو نهايته (Alt: أحرف بعينها)</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="39"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="39"/>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="66"/>
        <source>Labels (text view)</source>
        <translation>الوسوم (عرض النص)</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="70"/>
        <source>Document panel (Ctrl+D)</source>
        <translation>لوحة المستند (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="75"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="84"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="87"/>
        <source>What</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../dialogs/shortcuts_dialog.py" line="87"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <location filename="../models/span_model.py" line="27"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../models/span_model.py" line="28"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../models/span_model.py" line="29"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../models/span_model.py" line="30"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="messages.py" line="63"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="messages.py" line="64"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="messages.py" line="65"/>
        <source>done</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location filename="messages.py" line="66"/>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
</context>
<context>
    <name>StoreMessage</name>
    <message>
        <location filename="messages.py" line="29"/>
        <source>labelled {0} occurrence(s) as {1} in {2} documents</source>
        <translation>وُسم {0} موضع بـ {1} في {2} مستند</translation>
    </message>
    <message>
        <location filename="messages.py" line="30"/>
        <source>labelled {0} occurrence(s) as {1}</source>
        <translation>وُسم {0} موضع بـ {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="31"/>
        <source>added {0} event «{1}»</source>
        <translation>أُضيف حدث {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="32"/>
        <source>added gold {0}</source>
        <translation>أُضيف ذهبي {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="33"/>
        <source>added {0} «{1}»</source>
        <translation>أُضيف {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="34"/>
        <source>deleted {0} event</source>
        <translation>حُذف حدث {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="35"/>
        <source>deleted {0} «{1}»</source>
        <translation>حُذف {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="36"/>
        <source>restored {0} span(s)</source>
        <translation>استُعيد {0} مقطع</translation>
    </message>
    <message>
        <location filename="messages.py" line="37"/>
        <source>restored {0} argument(s)</source>
        <translation>استُعيد {0} دور</translation>
    </message>
    <message>
        <location filename="messages.py" line="38"/>
        <source>restored {0} event</source>
        <translation>استُعيد حدث {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="39"/>
        <source>restored {0} «{1}»</source>
        <translation>استُعيد {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="40"/>
        <source>removed {0} span(s)</source>
        <translation>أُزيل {0} مقطع</translation>
    </message>
    <message>
        <location filename="messages.py" line="41"/>
        <source>relabelled «{0}» as {1}</source>
        <translation>أُعيد وسم «{0}» بـ {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="42"/>
        <source>span is now «{0}»</source>
        <translation>المقطع الآن «{0}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="43"/>
        <source>{0} of {1} added</source>
        <translation>أُضيف {0} في {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="44"/>
        <source>{0} of {1} removed</source>
        <translation>أُزيل {0} من {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="45"/>
        <source>{0} attributes saved</source>
        <translation>حُفظت سمات {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="46"/>
        <source>marked {0}</source>
        <translation>عُلّم: {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="47"/>
        <source>document: {0}</source>
        <translation>المستند: {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="48"/>
        <source>label schema saved as version {0}</source>
        <translation>حُفظ مخطط الوسوم إصدارًا {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="49"/>
        <source>label schema is again version {0}</source>
        <translation>عاد مخطط الوسوم إلى الإصدار {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="50"/>
        <source>undone</source>
        <translation>تُرُاجع عنه</translation>
    </message>
    <message>
        <location filename="messages.py" line="51"/>
        <source>redone</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <location filename="messages.py" line="52"/>
        <source>gold span is now {0} «{1}»</source>
        <translation>المقطع الذهبي الآن {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="53"/>
        <source>gold span is again {0} «{1}»</source>
        <translation>عاد المقطع الذهبي {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="54"/>
        <source>accepted unanimous</source>
        <translation>قُبل المُجمَع عليه</translation>
    </message>
    <message>
        <location filename="messages.py" line="55"/>
        <source>accepted {0} suggestions</source>
        <translation>قُبل {0} اقتراح</translation>
    </message>
    <message>
        <location filename="messages.py" line="56"/>
        <source>accepted {0} «{1}»</source>
        <translation>قُبل {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="57"/>
        <source>rejected {0} suggestions</source>
        <translation>رُفض {0} اقتراح</translation>
    </message>
    <message>
        <location filename="messages.py" line="58"/>
        <source>rejected {0} suggestion</source>
        <translation>رُفض اقتراح {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="59"/>
        <source>rejected {0} «{1}»</source>
        <translation>رُفض {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="60"/>
        <source>{0} suggestion(s) offered again</source>
        <translation>عُرض {0} اقتراح من جديد</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <location filename="../suggestion_controller.py" line="259"/>
        <source>Select a span first: label all labels the other occurrences of its text.</source>
        <translation>حدّد مقطعًا أولًا: «وسم كل المواضع» يسم المواضع الأخرى لنصه.</translation>
    </message>
    <message>
        <location filename="../suggestion_controller.py" line="283"/>
        <source>Looking for «{0}»…</source>
        <translation>جارٍ البحث عن «{0}»…</translation>
    </message>
    <message>
        <location filename="../suggestion_controller.py" line="309"/>
        <source>«{0}» occurs nowhere else unlabelled.</source>
        <translation>لا يرد «{0}» في موضع آخر دون وسم.</translation>
    </message>
</context>
<context>
    <name>SuggestionLane</name>
    <message>
        <location filename="../suggestion_lane.py" line="33"/>
        <source>{0}Suggestion: {1} «{2}» ({3}). Return accepts, X rejects, Tab goes to the next</source>
        <translation>{0}اقتراح: {1} «{2}» ({3}). Return يقبل، X يرفض، Tab ينتقل إلى التالي</translation>
    </message>
</context>
<context>
    <name>SuggestionProject</name>
    <message>
        <location filename="../suggestion_project.py" line="107"/>
        <source>Retraining the suggestion model in the background (Cancel in the status bar).</source>
        <translation>جارٍ إعادة تدريب نموذج الاقتراحات في الخلفية (الإلغاء في شريط الحالة).</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="115"/>
        <source>Suggestion model not trained: {0}</source>
        <translation>لم يُدرَّب نموذج الاقتراحات: {0}</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="122"/>
        <source>; held-out F1 {0:.2f}</source>
        <translation>؛ F1 على البيانات المحجوزة {0:.2f}</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="124"/>
        <source>Suggestion model v{0} trained on {1} document(s){2}.</source>
        <translation>دُرّب نموذج الاقتراحات v{0} على {1} مستند{2}.</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="153"/>
        <location filename="../suggestion_project.py" line="170"/>
        <source>Import gazetteer</source>
        <translation>استيراد قائمة أسماء</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="154"/>
        <source>Name lists (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>قوائم أسماء (*.tsv *.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="178"/>
        <source>{0} name(s) imported.</source>
        <translation>استُورد {0} اسم.</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="190"/>
        <source>No document is scored yet: train the model (Suggestions → Train model now).</source>
        <translation>لم يُقيَّم أي مستند بعد: درّب النموذج (الاقتراحات ← تدريب النموذج الآن).</translation>
    </message>
</context>
<context>
    <name>SuggestionSettingsDialog</name>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="44"/>
        <source>Suggestion settings</source>
        <translation>إعدادات الاقتراحات</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="45"/>
        <source>Suggestions in this project</source>
        <translation>الاقتراحات في هذا المشروع</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="47"/>
        <source>Untick for an agreement study: nobody sees suggestions and the model is not retrained</source>
        <translation>أزل العلامة لدراسة اتفاق: لا يرى أحد الاقتراحات ولا يُعاد تدريب النموذج</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="53"/>
        <source>only when asked</source>
        <translation>عند الطلب فقط</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="57"/>
        <source>finished documents (gold, else a layer marked done)</source>
        <translation>المستندات المنتهية (الذهبية، وإلا طبقة معلَّمة منتهية)</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="59"/>
        <source>the gold layer</source>
        <translation>الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="63"/>
        <source>Retrain after every N newly done documents:</source>
        <translation>إعادة التدريب بعد كل N مستند منتهٍ جديد:</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="64"/>
        <source>Learn from:</source>
        <translation>التعلم من:</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="82"/>
        <source>No model trained yet (Suggestions → Train model now).</source>
        <translation>لم يُدرَّب أي نموذج بعد (الاقتراحات ← تدريب النموذج الآن).</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="84"/>
        <source>Model v{0}, trained {1} by {2} on {3}: {4} document(s), {5} token(s), {6} span(s).</source>
        <translation>النموذج v{0}، دُرّب في {1} على يد {2} على {3}: {4} مستند، {5} كلمة، {6} مقطع.</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="91"/>
        <source>Held-out ({0} document(s)): precision {1:.2f}, recall {2:.2f}, F1 {3:.2f}.</source>
        <translation>البيانات المحجوزة ({0} مستند): الدقة {1:.2f}، الاستدعاء {2:.2f}، F1 {3:.2f}.</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="94"/>
        <source>Names learned from the finished documents: {0}.</source>
        <translation>أسماء تُعلّمت من المستندات المنتهية: {0}.</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion_settings.py" line="97"/>
        <source>Imported list {0}: {1} name(s).</source>
        <translation>القائمة المستوردة {0}: {1} اسم.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../widgets/sync_indicator.py" line="72"/>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="75"/>
        <source>1 edit waiting</source>
        <translation>تعديل واحد بالانتظار</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="76"/>
        <source>{0} edits waiting</source>
        <translation>{0} تعديل بالانتظار</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="78"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="80"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="82"/>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="84"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="85"/>
        <source>Not connected</source>
        <translation>غير مرتبط بخادم</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="89"/>
        <source>This project does not sync with a team server: File → Connect to team server…</source>
        <translation>لا يتزامن هذا المشروع مع خادم فريق: ملف ← الاتصال بخادم الفريق…</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="91"/>
        <source>Team server: {0}</source>
        <translation>خادم الفريق: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="93"/>
        <source>You are {0}</source>
        <translation>أنت {0}</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="94"/>
        <source>Last synced: {0}</source>
        <translation>آخر مزامنة: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="95"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="97"/>
        <source>Edits not yet on the server: {0}</source>
        <translation>تعديلات لم تصل إلى الخادم بعد: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="99"/>
        <source>Last error: {0}</source>
        <translation>آخر خطأ: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="101"/>
        <source>Conflicts (the newer edit won):</source>
        <translation>التعارضات (غلب التعديل الأحدث):</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="104"/>
        <source>  … and {0} more (in the change log)</source>
        <translation>  … و{0} أخرى (في سجل التغييرات)</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="106"/>
        <source>Click to read them.</source>
        <translation>انقر لقراءتها.</translation>
    </message>
    <message>
        <location filename="../widgets/sync_indicator.py" line="108"/>
        <source>Click to sync now.</source>
        <translation>انقر للمزامنة الآن.</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../dialogs/team_menu.py" line="70"/>
        <source>&amp;Assign documents…</source>
        <translation>&amp;توزيع المستندات…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="71"/>
        <source>Give each document to a number of annotators, balanced</source>
        <translation>إعطاء كل مستند لعدد من الموسِّمين بالتساوي</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="73"/>
        <source>&amp;Merge project files…</source>
        <translation>&amp;دمج ملفات المشاريع…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="74"/>
        <source>Bring the annotators&apos; layers from their project files into this one</source>
        <translation>جلب طبقات الموسِّمين من ملفات مشاريعهم إلى هذا المشروع</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="76"/>
        <source>A&amp;greement report…</source>
        <translation>تقرير الا&amp;تفاق…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="77"/>
        <source>How far the annotators agree: overall, per pair and per label</source>
        <translation>مدى اتفاق الموسِّمين: إجمالًا ولكل زوج ولكل وسم</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="87"/>
        <source>&amp;Progress…</source>
        <translation>ال&amp;تقدم…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="88"/>
        <source>Per annotator, from the team server: documents assigned, in progress and done, and the agreement so far</source>
        <translation>لكل موسِّم، من خادم الفريق: المستندات الموزعة وقيد العمل والمنتهية، والاتفاق حتى الآن</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="122"/>
        <source>{0}: {1} new document(s)</source>
        <translation>{0}: {1} مستند جديد</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="124"/>
        <source>Assigned:</source>
        <translation>وُزّع:</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="125"/>
        <source>Assign documents</source>
        <translation>توزيع المستندات</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="128"/>
        <source>Assigning documents…</source>
        <translation>جارٍ توزيع المستندات…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="133"/>
        <location filename="../dialogs/team_menu.py" line="162"/>
        <source>Merge project files</source>
        <translation>دمج ملفات المشاريع</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="134"/>
        <source>Project files (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>ملفات المشاريع (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="160"/>
        <source>{0}: {1} file(s) not merged</source>
        <translation>{0}: لم يُدمج {1} ملف</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="167"/>
        <source>Merging project files…</source>
        <translation>جارٍ دمج ملفات المشاريع…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="187"/>
        <source>Team progress</source>
        <translation>تقدم الفريق</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="188"/>
        <source>This project does not sync with a team server: File → Connect to team server…</source>
        <translation>لا يتزامن هذا المشروع مع خادم فريق: ملف ← الاتصال بخادم الفريق…</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../team_sync.py" line="275"/>
        <source>Edits that lost to a newer edit of the same span elsewhere (they are in the change log):</source>
        <translation>تعديلات غلبها تعديل أحدث للمقطع نفسه في مكان آخر (هي في سجل التغييرات):</translation>
    </message>
    <message>
        <location filename="../team_sync.py" line="279"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../team_sync.py" line="287"/>
        <source>Team server password</source>
        <translation>كلمة مرور خادم الفريق</translation>
    </message>
    <message>
        <location filename="../team_sync.py" line="288"/>
        <source>Password for the team server ({0}):</source>
        <translation>كلمة المرور لخادم الفريق ({0}):</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <location filename="../training.py" line="89"/>
        <source>Training cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
    <message>
        <location filename="../training.py" line="97"/>
        <source>the training process ended ({0})</source>
        <translation>انتهت عملية التدريب ({0})</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <location filename="../training.py" line="108"/>
        <location filename="../training.py" line="126"/>
        <location filename="../training.py" line="132"/>
        <source>Training suggestions…</source>
        <translation>جارٍ تدريب الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../training.py" line="115"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../training.py" line="131"/>
        <source>Reading documents…</source>
        <translation>جارٍ قراءة المستندات…</translation>
    </message>
    <message>
        <location filename="../training.py" line="133"/>
        <source>Suggesting…</source>
        <translation>جارٍ الاقتراح…</translation>
    </message>
</context>
</TS>
