<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="93"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="94"/>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="96"/>
        <source>Delete the selected span (recoverable with Undo)</source>
        <translation>حذف المقطع المحدد (يُستعاد بالتراجع)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="97"/>
        <source>Restore &amp;deleted spans…</source>
        <translation>استعادة المقاطع الم&amp;حذوفة…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="99"/>
        <source>Bring back spans of this document deleted in an earlier session</source>
        <translation>إعادة مقاطع هذا المستند التي حُذفت في جلسة سابقة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="101"/>
        <source>&amp;Trim proclitic</source>
        <translation>&amp;قصّ السابقة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="102"/>
        <source>Remove a leading و ف ب ل ك from the selected span</source>
        <translation>إزالة و ف ب ل ك من أول المقطع المحدد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="103"/>
        <source>Add span as &amp;argument…</source>
        <translation>إضافة المقطع &amp;دورًا في الحدث…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="104"/>
        <source>Add the selected span to the current event: a menu lists the roles that accept its label</source>
        <translation>إضافة المقطع المحدد إلى الحدث الحالي: تعرض قائمة الأدوار التي تقبل وسمه</translation>
    </message>
    <message>
        <location filename="../actions.py" line="106"/>
        <source>Trim proclitics &amp;automatically</source>
        <translation>قصّ السوابق &amp;تلقائيًا</translation>
    </message>
    <message>
        <location filename="../actions.py" line="107"/>
        <source>Trim only when the rest of the word is already a span text in the project</source>
        <translation>لا يُقصّ إلا إذا كان باقي الكلمة نصَّ مقطع موجود في المشروع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="109"/>
        <source>&amp;Snap selections to words</source>
        <translation>&amp;مطابقة التحديد للكلمات</translation>
    </message>
    <message>
        <location filename="../actions.py" line="110"/>
        <source>Extend selections to whole words (hold Alt for exact characters)</source>
        <translation>توسيع التحديد إلى كلمات كاملة (اضغط Alt لأحرف بعينها)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="113"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="115"/>
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="117"/>
        <source>Mark &amp;done and go to next</source>
        <translation>تعليمه &amp;منتهيًا والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="119"/>
        <source>S&amp;kip document</source>
        <translation>&amp;تخطي المستند</translation>
    </message>
    <message>
        <location filename="../actions.py" line="120"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="121"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="122"/>
        <source>Switch label &amp;schema…</source>
        <translation>تبديل م&amp;خطط الوسوم…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="123"/>
        <source>Use another schema TOML (refused if annotations would be orphaned)</source>
        <translation>استخدام ملف مخطط TOML آخر (يُرفض إن بقيت وسوم بلا تعريف)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="125"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../actions.py" line="126"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../actions.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../actions.py" line="131"/>
        <source>&amp;Review mode</source>
        <translation>وضع ال&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="132"/>
        <source>Compare every annotator&apos;s layer and adjudicate into gold</source>
        <translation>مقارنة طبقات كل الموسِّمين والفصل بينها في الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="134"/>
        <source>Accept &amp;unanimous</source>
        <translation>قبول المُ&amp;جمَع عليه</translation>
    </message>
    <message>
        <location filename="../actions.py" line="135"/>
        <source>Copy into gold what every annotator of the document marked identically</source>
        <translation>نسخ ما وسمه كل موسِّمي المستند بالتطابق إلى الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="137"/>
        <source>&amp;Next disagreement</source>
        <translation>الخلاف ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="140"/>
        <source>&amp;Previous disagreement</source>
        <translation>الخلاف ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="141"/>
        <source>&amp;Accept this version</source>
        <translation>&amp;قبول هذه النسخة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="142"/>
        <source>Copy the selected candidate into gold and reject the other versions of the same place</source>
        <translation>نسخ المرشح المحدد إلى الطبقة الذهبية ورفض النسخ الأخرى في الموضع نفسه</translation>
    </message>
    <message>
        <location filename="../actions.py" line="145"/>
        <source>Accept also (&amp;keep both)</source>
        <translation>قبوله أيضًا (الإ&amp;بقاء على الاثنين)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="146"/>
        <source>Copy the selected candidate into gold and leave the other versions of the same place as they are (for two overlapping spans on purpose)</source>
        <translation>نسخ المرشح المحدد إلى الطبقة الذهبية وترك النسخ الأخرى في الموضع نفسه كما هي (لمقطعين متداخلين عن قصد)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="150"/>
        <source>Re&amp;ject this version</source>
        <translation>&amp;رفض هذه النسخة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="151"/>
        <source>Decide that the selected candidate is not in gold</source>
        <translation>الحكم بأن المرشح المحدد ليس في الطبقة الذهبية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="152"/>
        <source>Set gold &amp;boundary to selection</source>
        <translation>جعل &amp;حدود المقطع الذهبي هي التحديد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="153"/>
        <source>Move the selected gold span to the text selected in the review text</source>
        <translation>نقل المقطع الذهبي المحدد إلى النص المحدد في نص المراجعة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="155"/>
        <source>Show &amp;compared layer</source>
        <translation>إظهار الطبقة ال&amp;مقارَنة</translation>
    </message>
    <message>
        <location filename="../actions.py" line="156"/>
        <source>Draw another annotator&apos;s layer, read-only, over your own</source>
        <translation>رسم طبقة موسِّم آخر فوق طبقتك، للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../actions.py" line="158"/>
        <source>&amp;Find in project…</source>
        <translation>بحث في ال&amp;مشروع…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="159"/>
        <source>Search the text of every document, ignoring diacritics, tatweel and letter forms</source>
        <translation>البحث في نص كل المستندات مع تجاهل التشكيل والتطويل وأشكال الحروف</translation>
    </message>
    <message>
        <location filename="../actions.py" line="167"/>
        <source>{0} (reading order: in Arabic the start is the right edge)</source>
        <translation>{0} (بترتيب القراءة: البداية في العربية هي الحافة اليمنى)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="181"/>
        <source>Start one word earlier</source>
        <translation>البداية كلمةً قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="183"/>
        <source>Start one word later</source>
        <translation>البداية كلمةً بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="185"/>
        <source>End one word earlier</source>
        <translation>النهاية كلمةً قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="187"/>
        <source>End one word later</source>
        <translation>النهاية كلمةً بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="189"/>
        <source>Start one character earlier</source>
        <translation>البداية حرفًا قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="191"/>
        <source>Start one character later</source>
        <translation>البداية حرفًا بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="193"/>
        <source>End one character earlier</source>
        <translation>النهاية حرفًا قبل</translation>
    </message>
    <message>
        <location filename="../actions.py" line="195"/>
        <source>End one character later</source>
        <translation>النهاية حرفًا بعد</translation>
    </message>
    <message>
        <location filename="../actions.py" line="196"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;بحث في المستند…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="197"/>
        <source>Find text in this document (hamza forms, ى/ي, ة/ه, diacritics and tatweel ignored)</source>
        <translation>البحث عن نص في هذا المستند (مع تجاهل صور الهمزة وى/ي وة/ه والتشكيل والتطويل)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="199"/>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="201"/>
        <source>Find &amp;previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="203"/>
        <source>Document &amp;labels</source>
        <translation>&amp;وسوم المستند</translation>
    </message>
    <message>
        <location filename="../actions.py" line="204"/>
        <source>Go to the Document panel: a value&apos;s key sets it, Escape comes back</source>
        <translation>الانتقال إلى لوحة المستند: مفتاح القيمة يضبطها، وEscape يعيدك</translation>
    </message>
    <message>
        <location filename="../actions.py" line="206"/>
        <source>Label &amp;schema…</source>
        <translation>&amp;مخطط الوسوم…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="207"/>
        <source>Edit labels, event types and document fields; saved as a new version of the project&apos;s schema</source>
        <translation>تحرير الوسوم وأنواع الأحداث وحقول المستند؛ يُحفظ إصدارًا جديدًا من مخطط المشروع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="210"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../actions.py" line="239"/>
        <source>Show &amp;suggestions</source>
        <translation>إظهار الا&amp;قتراحات</translation>
    </message>
    <message>
        <location filename="../actions.py" line="240"/>
        <source>Draw the model&apos;s and the gazetteers&apos; suggestions (dotted outlines)</source>
        <translation>رسم اقتراحات النموذج وقوائم الأسماء (حدود منقطة)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="243"/>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../actions.py" line="244"/>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../actions.py" line="246"/>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../actions.py" line="248"/>
        <source>Make the current suggestion a span of your layer (a label key accepts it with that label)</source>
        <translation>جعل الاقتراح الحالي مقطعًا في طبقتك (مفتاح الوسم يقبله بذلك الوسم)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="250"/>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../actions.py" line="251"/>
        <source>Never suggest it again in this document (also Backspace)</source>
        <translation>عدم اقتراحه ثانيةً في هذا المستند (أو Backspace)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="254"/>
        <source>Accept a&amp;ll suggestions in document</source>
        <translation>قبول &amp;كل اقتراحات المستند</translation>
    </message>
    <message>
        <location filename="../actions.py" line="255"/>
        <source>Every suggestion of the document becomes a span (one undo step)</source>
        <translation>يصير كل اقتراح في المستند مقطعًا (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="257"/>
        <source>&amp;Label all occurrences</source>
        <translation>&amp;وسم كل المواضع</translation>
    </message>
    <message>
        <location filename="../actions.py" line="258"/>
        <source>Label every other occurrence of the selected span&apos;s text (whole words)</source>
        <translation>وسم كل موضع آخر لنص المقطع المحدد (كلمات كاملة)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="260"/>
        <source>&amp;Train model now</source>
        <translation>&amp;تدريب النموذج الآن</translation>
    </message>
    <message>
        <location filename="../actions.py" line="261"/>
        <source>Train the suggestion model on the finished documents, in the background</source>
        <translation>تدريب نموذج الاقتراحات على المستندات المنتهية، في الخلفية</translation>
    </message>
    <message>
        <location filename="../actions.py" line="263"/>
        <source>&amp;Cancel training</source>
        <translation>&amp;إلغاء التدريب</translation>
    </message>
    <message>
        <location filename="../actions.py" line="265"/>
        <source>Documents: least &amp;certain first</source>
        <translation>المستندات: الأقل &amp;يقينًا أولًا</translation>
    </message>
    <message>
        <location filename="../actions.py" line="266"/>
        <source>Order the document list by the model&apos;s uncertainty (Next document follows it)</source>
        <translation>ترتيب قائمة المستندات بحسب عدم يقين النموذج (والمستند التالي يتبعه)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="269"/>
        <source>&amp;Import gazetteer…</source>
        <translation>&amp;استيراد قائمة أسماء…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="270"/>
        <source>A list of names with labels (TSV or CSV)</source>
        <translation>قائمة أسماء مع وسومها (TSV أو CSV)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="271"/>
        <source>Suggestion &amp;settings…</source>
        <translation>&amp;إعدادات الاقتراحات…</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../dialogs/agreement_window.py" line="42"/>
        <source>Nothing to compare yet: agreement counts the documents that two or more annotators marked done (merge their project files first).</source>
        <translation>لا شيء للمقارنة بعد: يُحسب الاتفاق على المستندات التي علّمها موسِّمان أو أكثر منتهيةً (ادمج ملفات مشاريعهم أولًا).</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="47"/>
        <source>Exact F1</source>
        <translation>F1 التطابق التام</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="48"/>
        <source>F1 of spans with the same start, end and label</source>
        <translation>F1 للمقاطع ذات البداية والنهاية والوسم نفسها</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="49"/>
        <source>Overlap F1</source>
        <translation>F1 التداخل</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="50"/>
        <source>F1 of spans that overlap and have the same label</source>
        <translation>F1 للمقاطع المتداخلة ذات الوسم نفسه</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="51"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ كوهين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="52"/>
        <source>Token-level agreement corrected for chance (pairs)</source>
        <translation>الاتفاق على مستوى الكلمات مصحَّحًا للصدفة (أزواج)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="54"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α كريبندورف</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="55"/>
        <source>Token-level agreement corrected for chance (any number of annotators)</source>
        <translation>الاتفاق على مستوى الكلمات مصحَّحًا للصدفة (أي عدد من الموسِّمين)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="57"/>
        <source>Trigger F1</source>
        <translation>F1 المُطلِقات</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="58"/>
        <source>F1 of event triggers (same span and event type)</source>
        <translation>F1 لمُطلِقات الأحداث (المقطع ونوع الحدث نفسهما)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="59"/>
        <source>Argument F1</source>
        <translation>F1 الأدوار</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="60"/>
        <source>F1 of event arguments (same role and span)</source>
        <translation>F1 لأدوار الأحداث (الدور والمقطع نفسهما)</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="142"/>
        <source>Agreement report</source>
        <translation>تقرير الاتفاق</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="152"/>
        <source>All annotators</source>
        <translation>كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="155"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="166"/>
        <source>Annotator A</source>
        <translation>الموسِّم أ</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="166"/>
        <source>Annotator B</source>
        <translation>الموسِّم ب</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="166"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="168"/>
        <source>Documents both annotated</source>
        <translation>المستندات التي وسمها كلاهما</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="170"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="176"/>
        <source>All pairs</source>
        <translation>كل الأزواج</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="185"/>
        <source>Pairs of annotators (select one for its labels):</source>
        <translation>أزواج الموسِّمين (اختر زوجًا لترى وسومه):</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="203"/>
        <source>Accepted suggestions count</source>
        <translation>الاقتراحات المقبولة تُحتسب</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="204"/>
        <source>Leave accepted suggestions out</source>
        <translation>استبعاد الاقتراحات المقبولة</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="205"/>
        <source>Show accepted suggestions apart</source>
        <translation>إظهار الاقتراحات المقبولة على حدة</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="207"/>
        <source>Spans made from suggestions (accepted, labelled all, pre-annotated) can anchor annotators: leave them out to measure what people marked themselves</source>
        <translation>المقاطع الناتجة عن الاقتراحات (المقبولة، أو بوسم كل المواضع، أو الموسومة مسبقًا) قد تُرسّخ أحكام الموسِّمين: استبعدها لقياس ما وسمه الناس بأنفسهم</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="215"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="216"/>
        <source>Copy as JSON</source>
        <translation>نسخ بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="218"/>
        <source>Save JSON…</source>
        <translation>حفظ JSON…</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="220"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="239"/>
        <source>Document field</source>
        <translation>حقل المستند</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="239"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="239"/>
        <source>Observed</source>
        <translation>المرصود</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="240"/>
        <source>Kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="240"/>
        <source>Alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="241"/>
        <source>Documents (choices: document x value) given a value by two or more annotators</source>
        <translation>المستندات (في الاختيارات: مستند × قيمة) التي أعطاها موسِّمان أو أكثر قيمةً</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="243"/>
        <source>Share of pairs of annotators that gave the same value</source>
        <translation>نسبة أزواج الموسِّمين الذين أعطوا القيمة نفسها</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="244"/>
        <source>Cohen&apos;s kappa, mean over pairs of annotators</source>
        <translation>كابا كوهين، متوسطًا على أزواج الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="245"/>
        <source>Krippendorff&apos;s alpha (nominal) over all annotators</source>
        <translation>ألفا كريبندورف (اسمي) على كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="250"/>
        <source>Document labels, per field:</source>
        <translation>وسوم المستند، لكل حقل:</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="277"/>
        <location filename="../dialogs/agreement_window.py" line="278"/>
        <source>Computing agreement…</source>
        <translation>جارٍ حساب الاتفاق…</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="304"/>
        <source>{0} annotator(s): {1}  ·  {2} document(s) annotated by two or more</source>
        <translation>الموسِّمون ({0}): {1}  ·  مستندات وسمها اثنان أو أكثر: {2}</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="321"/>
        <source>Accepted suggestions: {0}. Without them: {1}</source>
        <translation>الاقتراحات المقبولة: {0}. بدونها: {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="322"/>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="332"/>
        <source>Per label: {0} and {1}</source>
        <translation>لكل وسم: {0} و{1}</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="336"/>
        <source>Per label: all annotators</source>
        <translation>لكل وسم: كل الموسِّمين</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="353"/>
        <location filename="../dialogs/agreement_window.py" line="360"/>
        <source>Save agreement report</source>
        <translation>حفظ تقرير الاتفاق</translation>
    </message>
    <message>
        <location filename="../dialogs/agreement_window.py" line="354"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="107"/>
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
        <location filename="../workers.py" line="24"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../workers.py" line="66"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <location filename="../review/model.py" line="46"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="47"/>
        <source>[start, end)</source>
        <translation>[البداية، النهاية)</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="48"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="49"/>
        <source>Marked by</source>
        <translation>وسمه</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="50"/>
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
        <translation>{0} (للقراءة فقط): {1} «{2}» [{3}, {4})</translation>
    </message>
</context>
<context>
    <name>DeletedSpansDialog</name>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="33"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="34"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="35"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="36"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="47"/>
        <source>Restore deleted spans</source>
        <translation>استعادة المقاطع المحذوفة</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="50"/>
        <source>Spans deleted from «{0}», most recent first:</source>
        <translation>المقاطع المحذوفة من «{0}»، الأحدث أولًا:</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="71"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="96"/>
        <source>Nothing to restore: no span of this document is deleted.</source>
        <translation>لا شيء للاستعادة: لم يُحذف أي مقطع من هذا المستند.</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="112"/>
        <source>Restored {0} span(s).</source>
        <translation>استُعيدت مقاطع: {0}.</translation>
    </message>
    <message>
        <location filename="../dialogs/deleted_spans.py" line="114"/>
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
        <location filename="../event_controller.py" line="72"/>
        <source>{0} event</source>
        <translation>حدث {0}</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="87"/>
        <source>{0} selected: click a span, then press R (or right-click it) to add it as an argument.</source>
        <translation>حُدّد {0}: انقر مقطعًا ثم اضغط R (أو انقره بالزر الأيمن) لإضافته دورًا.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="117"/>
        <source>Choose an event in the Events panel first.</source>
        <translation>اختر حدثًا في لوحة الأحداث أولًا.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="120"/>
        <source>Click the span to add as an argument.</source>
        <translation>انقر المقطع الذي تضيفه دورًا.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="126"/>
        <source>Refused: no free role of {0} accepts a {1} span.</source>
        <translation>رُفض: لا دور شاغر في {0} يقبل مقطعًا من نوع {1}.</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="140"/>
        <source>Refused: {0}</source>
        <translation>رُفض: {0}</translation>
    </message>
    <message>
        <location filename="../event_controller.py" line="153"/>
        <source>&amp;{0} of {1}</source>
        <translation>&amp;{0} في {1}</translation>
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
        <location filename="../dialogs/export_dialog.py" line="51"/>
        <source>{0} (*{1});;All files (*)</source>
        <translation>{0} (*{1});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="69"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="73"/>
        <source>all layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="77"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="84"/>
        <source>Split by document into train/dev/test</source>
        <translation>التقسيم بحسب المستند إلى train/dev/test</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="92"/>
        <source>Token options</source>
        <translation>خيارات الكلمات</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="100"/>
        <source>Include event triggers (--include-events)</source>
        <translation>تضمين مُطلِقات الأحداث (--include-events)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="103"/>
        <source>Token formats are entity data: event trigger spans are left out unless ticked</source>
        <translation>صيغ الكلمات بيانات كيانات: تُستبعد مقاطع مُطلِقات الأحداث ما لم تُعلَّم</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="105"/>
        <source>Strict: report problems as a failure (--strict)</source>
        <translation>صارم: اعتبار المشكلات إخفاقًا (--strict)</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="108"/>
        <source>Problems (such as spans widened to whole tokens) make the export fail; the files are still written, as with the command line</source>
        <translation>المشكلات (كمقاطع وُسّعت إلى كلمات كاملة) تُفشل التصدير؛ وتُكتب الملفات مع ذلك، كما في سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="123"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="124"/>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="125"/>
        <location filename="../dialogs/export_dialog.py" line="178"/>
        <source>Output file:</source>
        <translation>ملف الإخراج:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="128"/>
        <source>Split:</source>
        <translation>التقسيم:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="129"/>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="144"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="144"/>
        <source>keep attached</source>
        <translation>إبقاؤها ملتصقة</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="145"/>
        <source>split off</source>
        <translation>فصلها</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="145"/>
        <source>one column per level</source>
        <translation>عمود لكل مستوى</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="146"/>
        <source>outermost only</source>
        <translation>الخارجي فقط</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="150"/>
        <source>Scheme:</source>
        <translation>نظام الوسم:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="150"/>
        <source>Clitics:</source>
        <translation>اللواصق:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="151"/>
        <source>Nested:</source>
        <translation>المتداخلة:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="177"/>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="184"/>
        <source>Export to folder</source>
        <translation>تصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="189"/>
        <source>Export to file</source>
        <translation>تصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="207"/>
        <source>Choose where to write the export.</source>
        <translation>اختر أين يُكتب التصدير.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="218"/>
        <source>The folder {0} does not exist.</source>
        <translation>المجلد {0} غير موجود.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../dialogs/export_dialog.py" line="243"/>
        <source>{0}
Strict export: the problems make it a failure (the files were written).</source>
        <translation>{0}
تصدير صارم: المشكلات تجعله إخفاقًا (كُتبت الملفات).</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="246"/>
        <source>Export: {0}</source>
        <translation>التصدير: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="250"/>
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
        <location filename="../widgets/find_panel.py" line="149"/>
        <source>Find in the text of every document (ignores diacritics, tatweel, أ/إ/ا, ى/ي, ة/ه)</source>
        <translation>ابحث في نص كل المستندات (يتجاهل التشكيل والتطويل و أ/إ/ا و ى/ي و ة/ه)</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="170"/>
        <source>Show more hits</source>
        <translation>عرض مزيد من النتائج</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="234"/>
        <source>No hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="237"/>
        <source>{0} hits in {1} documents</source>
        <translation>{0} نتيجة في {1} مستند</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="239"/>
        <source> (more in later documents)</source>
        <translation> (والمزيد في المستندات التالية)</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="247"/>
        <source>Indexing: {0} documents left</source>
        <translation>الفهرسة: بقي {0} مستند</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <location filename="../widgets/guidelines.py" line="29"/>
        <source>{0} (version {1})</source>
        <translation>{0} (الإصدار {1})</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="33"/>
        <source>Entity labels</source>
        <translation>وسوم الكيانات</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="37"/>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="48"/>
        <source>roles: {0}</source>
        <translation>الأدوار: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="49"/>
        <source>attributes: {0}</source>
        <translation>السمات: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="52"/>
        <source>Document fields (Document panel, Ctrl+D)</source>
        <translation>حقول المستند (لوحة المستند، Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="56"/>
        <source>free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <location filename="../widgets/guidelines.py" line="63"/>
        <source>Boundaries</source>
        <translation>الحدود</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../widgets/find_panel.py" line="57"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../widgets/find_panel.py" line="57"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../dialogs/import_dialog.py" line="56"/>
        <source>Importable files ({0});;All files (*)</source>
        <translation>ملفات قابلة للاستيراد ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="66"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="70"/>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="71"/>
        <source>Add f&amp;older…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="82"/>
        <source>auto (by file suffix)</source>
        <translation>تلقائي (بحسب امتداد الملف)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="92"/>
        <source>Where the spans of doccano, Prodigy, CoNLL, spaCy and Label Studio files go (native JSONL names its own)</source>
        <translation>الطبقة التي تذهب إليها مقاطع ملفات doccano وProdigy وCoNLL وspaCy وLabel Studio (ملف JSONL الأصلي يسمّي طبقته)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="97"/>
        <source>detect (UTF-8, UTF-16, Windows-1256)</source>
        <translation>اكتشاف تلقائي (UTF-8، UTF-16، Windows-1256)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="112"/>
        <source>Files and folders to import (folders are read recursively: {0} files). A text already in the project is skipped.</source>
        <translation>الملفات والمجلدات المراد استيرادها (تُقرأ المجلدات بما فيها: ملفات {0}). يُتخطى النص الموجود في المشروع.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="117"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="118"/>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="119"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="163"/>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="169"/>
        <source>Add folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="191"/>
        <source>Add files or a folder to import.</source>
        <translation>أضف ملفات أو مجلدًا للاستيراد.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="195"/>
        <source>No such file or folder: {0}</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/import_dialog.py" line="201"/>
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
        <location filename="../app.py" line="79"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../app.py" line="80"/>
        <source>The window is opened again in the other language; the undo history starts afresh (everything is saved). Switch now?</source>
        <translation>ستُفتح النافذة من جديد باللغة الأخرى، ويبدأ سجل التراجع من جديد (كل شيء محفوظ). هل تبدّل الآن؟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>✓ All changes saved</source>
        <translation>✓ كل التغييرات محفوظة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Team</source>
        <translation>&amp;الفريق</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>Label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>The project&apos;s label schema gives labels keys the program uses itself; those keys do the program&apos;s action, not the label. Switch to a schema with other keys (File → Switch label schema).</source>
        <translation>يعطي مخطط وسوم المشروع بعض الوسوم مفاتيح يستخدمها البرنامج نفسه؛ فتؤدي تلك المفاتيح عمل البرنامج لا الوسم. انتقل إلى مخطط بمفاتيح أخرى (ملف ← تبديل مخطط الوسوم).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>This project has no documents yet.

Import .txt files, folders or JSONL (File → Import, Ctrl+O),
or drop files and folders on this window.</source>
        <translation>لا مستندات في هذا المشروع بعد.

استورد ملفات ‎.txt أو مجلدات أو JSONL (ملف ← استيراد، Ctrl+O)،
أو أفلت الملفات والمجلدات على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>Find in project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>Span &amp;boundary</source>
        <translation>&amp;حدود المقطع</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>&amp;Document</source>
        <translation>الم&amp;ستند</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>&amp;Review</source>
        <translation>الم&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>S&amp;uggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <location filename="../main_window.py" line="631"/>
        <source>{0} characters</source>
        <translation>الأحرف: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;تراجع عن {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>&amp;Redo {0}</source>
        <translation>إ&amp;عادة {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="522"/>
        <source>Every document in the list is done.</source>
        <translation>كل مستندات القائمة منتهية.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>✓ Saved: {0}</source>
        <translation>✓ حُفظ: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="663"/>
        <source>warning: {0}</source>
        <translation>تحذير: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="667"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="674"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="686"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="689"/>
        <source>Switch label schema</source>
        <translation>تبديل مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="690"/>
        <source>Schema (*.toml)</source>
        <translation>مخطط (*.toml)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="696"/>
        <location filename="../main_window.py" line="698"/>
        <source>Switch schema</source>
        <translation>تبديل المخطط</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="699"/>
        <source>The new schema is stored in the project; reopen the window to use its labels.</source>
        <translation>حُفظ المخطط الجديد في المشروع؛ أعد فتح النافذة لاستخدام وسومه.</translation>
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
        <location filename="messages.py" line="90"/>
        <source>unanimous</source>
        <translation>بالإجماع</translation>
    </message>
    <message>
        <location filename="messages.py" line="91"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="messages.py" line="92"/>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="messages.py" line="93"/>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <location filename="messages.py" line="94"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="messages.py" line="95"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="messages.py" line="96"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="30"/>
        <source>gold ({0})</source>
        <translation>ذهبي ({0})</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="30"/>
        <source>in gold ({0})</source>
        <translation>في الذهبية ({0})</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="42"/>
        <source>(gold only)</source>
        <translation>(الذهبية فقط)</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="81"/>
        <source>{0} event</source>
        <translation>حدث {0}</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="86"/>
        <source>decided by {0} ({1}) at {2}</source>
        <translation>فصل فيه {0} ({1}) في {2}</translation>
    </message>
    <message>
        <location filename="../review/model.py" line="89"/>
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
        <location filename="../review/controller.py" line="126"/>
        <source>marked by {0} · {1}</source>
        <translation>وسمه {0} · {1}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="133"/>
        <source>{0} by {1}; agreed by {2}</source>
        <translation>{0} من {1}؛ اتفق عليه {2}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="134"/>
        <location filename="../review/controller.py" line="148"/>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="136"/>
        <source>gold {0}: «{1}»</source>
        <translation>ذهبي {0}: «{1}»</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="149"/>
        <source>{0} unanimous ({1} not yet in gold)</source>
        <translation>بالإجماع: {0} (لم يدخل الذهبية بعد: {1})</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="151"/>
        <source>unanimity needs two annotators</source>
        <translation>الإجماع يحتاج موسِّمَين</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="156"/>
        <source>annotators: {0}  ·  {1}  ·  {2} of {3} disagreements open  ·  gold: {4}</source>
        <translation>الموسِّمون: {0}  ·  {1}  ·  خلافات مفتوحة: {2} من {3}  ·  الذهبية: {4}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="203"/>
        <source>No open disagreements in this document: Ctrl+Return marks gold done.</source>
        <translation>لا خلافات مفتوحة في هذا المستند: Ctrl+Return يعلّم الذهبية منتهية.</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="235"/>
        <source>Accept unanimous</source>
        <translation>قبول المُجمَع عليه</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="236"/>
        <source>Accept unanimous ({0} spans, {1} events)</source>
        <translation>قبول المُجمَع عليه ({0} مقطع، {1} حدث)</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="242"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="248"/>
        <source>Accept also</source>
        <translation>قبول أيضًا</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="252"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="259"/>
        <source>Choose a candidate first (F8 steps to the next disagreement).</source>
        <translation>اختر مرشحًا أولًا (F8 ينتقل إلى الخلاف التالي).</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="270"/>
        <source>{0}; {1} other version(s) rejected</source>
        <translation>{0}؛ رُفضت نسخ أخرى: {1}</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="281"/>
        <source>Choose a gold span first (a candidate in gold, in the list or text).</source>
        <translation>اختر مقطعًا ذهبيًا أولًا (مرشحًا في الذهبية، في القائمة أو النص).</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="289"/>
        <source>Select the new extent in the review text, then press E.</source>
        <translation>حدّد الامتداد الجديد في نص المراجعة، ثم اضغط E.</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="294"/>
        <source>Set boundary of gold «{0}»</source>
        <translation>ضبط حدود الذهبي «{0}»</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="306"/>
        <source>Relabel gold «{0}»</source>
        <translation>إعادة وسم الذهبي «{0}»</translation>
    </message>
    <message>
        <location filename="../review/controller.py" line="312"/>
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
        <location filename="../dialogs/schema_editor.py" line="81"/>
        <source>Label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="94"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="95"/>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="96"/>
        <source>Event attributes</source>
        <translation>سمات الأحداث</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="97"/>
        <source>Document fields</source>
        <translation>حقول المستند</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="98"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="111"/>
        <source>Problems (the schema is saved when there are none):</source>
        <translation>المشكلات (يُحفظ المخطط حين لا توجد):</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="131"/>
        <location filename="../dialogs/schema_editor.py" line="146"/>
        <location filename="../dialogs/schema_editor.py" line="193"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="131"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="131"/>
        <location filename="../dialogs/schema_editor.py" line="146"/>
        <location filename="../dialogs/schema_editor.py" line="193"/>
        <location filename="../dialogs/schema_editor.py" line="207"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="131"/>
        <location filename="../dialogs/schema_editor.py" line="146"/>
        <location filename="../dialogs/schema_editor.py" line="193"/>
        <location filename="../dialogs/schema_editor.py" line="207"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="132"/>
        <location filename="../dialogs/schema_editor.py" line="146"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="132"/>
        <location filename="../dialogs/schema_editor.py" line="147"/>
        <source>Hotkey</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="132"/>
        <location filename="../dialogs/schema_editor.py" line="147"/>
        <location filename="../dialogs/schema_editor.py" line="194"/>
        <location filename="../dialogs/schema_editor.py" line="208"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="140"/>
        <source>Hotkeys: a letter or digit, or Shift+digit (labels beyond nine). Colour: #rrggbb. A renamed label is renamed on its spans.</source>
        <translation>المفاتيح: حرف أو رقم، أو Shift+رقم (للوسوم بعد التاسع). اللون: ‎#rrggbb. الوسم المعاد تسميته يُعاد تسميته على مقاطعه.</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="162"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="162"/>
        <source>Labels it accepts</source>
        <translation>الوسوم التي يقبلها</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="162"/>
        <source>Several spans</source>
        <translation>عدة مقاطع</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="165"/>
        <location filename="../dialogs/schema_editor.py" line="183"/>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="165"/>
        <location filename="../dialogs/schema_editor.py" line="183"/>
        <location filename="../dialogs/schema_editor.py" line="193"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="165"/>
        <location filename="../dialogs/schema_editor.py" line="183"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="165"/>
        <location filename="../dialogs/schema_editor.py" line="183"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="174"/>
        <source>Roles of the selected event type (labels: names separated by commas)</source>
        <translation>أدوار نوع الحدث المحدد (الوسوم: أسماء تفصل بينها فواصل)</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="176"/>
        <source>Its own attributes</source>
        <translation>سماته الخاصة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="178"/>
        <source>An event&apos;s trigger span carries the event type as its label.</source>
        <translation>مقطع مُطلِق الحدث يحمل نوع الحدث وسمًا له.</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="188"/>
        <source>Attributes every event has (values separated by commas).</source>
        <translation>سمات يحملها كل حدث (قيم تفصل بينها فواصل).</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="207"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="207"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="215"/>
        <source>Values of the selected field (a key works in the Document panel)</source>
        <translation>قيم الحقل المحدد (المفتاح يعمل في لوحة المستند)</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="218"/>
        <source>Labels of a whole document: single choice, multiple choice or free text (text has no values).</source>
        <translation>وسوم المستند كله: اختيار واحد أو اختيار متعدد أو نص حر (النص بلا قيم).</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="231"/>
        <source>{0}; saved as version {1}</source>
        <translation>{0}؛ يُحفظ إصدارًا {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="236"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="237"/>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="238"/>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="239"/>
        <source>Boundary guideline:</source>
        <translation>إرشاد الحدود:</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="358"/>
        <source>label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../dialogs/schema_editor.py" line="366"/>
        <source>Nothing changed yet.</source>
        <translation>لم يتغير شيء بعد.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../session.py" line="119"/>
        <location filename="../session.py" line="152"/>
        <source>Add {0}</source>
        <translation>إضافة {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="129"/>
        <source>Delete {0}</source>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="137"/>
        <source>Restore {0}</source>
        <translation>استعادة {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="144"/>
        <source>Add {0} event</source>
        <translation>إضافة حدث {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="153"/>
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="163"/>
        <source>Edit attributes</source>
        <translation>تحرير السمات</translation>
    </message>
    <message>
        <location filename="../session.py" line="171"/>
        <source>Relabel {0} as {1}</source>
        <translation>إعادة وسم {0} بـ {1}</translation>
    </message>
    <message>
        <location filename="../session.py" line="180"/>
        <source>Trim</source>
        <translation>قصّ</translation>
    </message>
    <message>
        <location filename="../session.py" line="193"/>
        <source>Mark {0}</source>
        <translation>تعليم: {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="209"/>
        <source>Document labels</source>
        <translation>وسوم المستند</translation>
    </message>
    <message>
        <location filename="../session.py" line="210"/>
        <source>Set {0}</source>
        <translation>ضبط {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="224"/>
        <source>Accept agreed document labels</source>
        <translation>قبول وسوم المستند المتفق عليها</translation>
    </message>
    <message>
        <location filename="../session.py" line="236"/>
        <source>Edit label schema</source>
        <translation>تحرير مخطط الوسوم</translation>
    </message>
    <message>
        <location filename="../session.py" line="246"/>
        <source>Accept {0}</source>
        <translation>قبول {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="249"/>
        <source>Accept {0} suggestions</source>
        <translation>قبول {0} اقتراح</translation>
    </message>
    <message>
        <location filename="../session.py" line="261"/>
        <source>Reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../session.py" line="274"/>
        <source>Label all {0}</source>
        <translation>وسم الكل {0}</translation>
    </message>
    <message>
        <location filename="../session.py" line="311"/>
        <source>the {0} event it triggers</source>
        <translation>حدث {0} الذي يُطلقه</translation>
    </message>
    <message>
        <location filename="../session.py" line="312"/>
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
        <location filename="messages.py" line="57"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="messages.py" line="58"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="messages.py" line="59"/>
        <source>done</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location filename="messages.py" line="60"/>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
</context>
<context>
    <name>StoreMessage</name>
    <message>
        <location filename="messages.py" line="23"/>
        <source>labelled {0} occurrence(s) as {1} in {2} documents</source>
        <translation>وُسم {0} موضع بـ {1} في {2} مستند</translation>
    </message>
    <message>
        <location filename="messages.py" line="24"/>
        <source>labelled {0} occurrence(s) as {1}</source>
        <translation>وُسم {0} موضع بـ {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="25"/>
        <source>added {0} event «{1}»</source>
        <translation>أُضيف حدث {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="26"/>
        <source>added gold {0}</source>
        <translation>أُضيف ذهبي {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="27"/>
        <source>added {0} «{1}»</source>
        <translation>أُضيف {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="28"/>
        <source>deleted {0} event</source>
        <translation>حُذف حدث {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="29"/>
        <source>deleted {0} «{1}»</source>
        <translation>حُذف {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="30"/>
        <source>restored {0} span(s)</source>
        <translation>استُعيد {0} مقطع</translation>
    </message>
    <message>
        <location filename="messages.py" line="31"/>
        <source>restored {0} argument(s)</source>
        <translation>استُعيد {0} دور</translation>
    </message>
    <message>
        <location filename="messages.py" line="32"/>
        <source>restored {0} event</source>
        <translation>استُعيد حدث {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="33"/>
        <source>restored {0} «{1}»</source>
        <translation>استُعيد {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="34"/>
        <source>removed {0} span(s)</source>
        <translation>أُزيل {0} مقطع</translation>
    </message>
    <message>
        <location filename="messages.py" line="35"/>
        <source>relabelled «{0}» as {1}</source>
        <translation>أُعيد وسم «{0}» بـ {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="36"/>
        <source>span is now «{0}»</source>
        <translation>المقطع الآن «{0}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="37"/>
        <source>{0} of {1} added</source>
        <translation>أُضيف {0} في {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="38"/>
        <source>{0} of {1} removed</source>
        <translation>أُزيل {0} من {1}</translation>
    </message>
    <message>
        <location filename="messages.py" line="39"/>
        <source>{0} attributes saved</source>
        <translation>حُفظت سمات {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="40"/>
        <source>marked {0}</source>
        <translation>عُلّم: {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="41"/>
        <source>document: {0}</source>
        <translation>المستند: {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="42"/>
        <source>label schema saved as version {0}</source>
        <translation>حُفظ مخطط الوسوم إصدارًا {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="43"/>
        <source>label schema is again version {0}</source>
        <translation>عاد مخطط الوسوم إلى الإصدار {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="44"/>
        <source>undone</source>
        <translation>تُرُاجع عنه</translation>
    </message>
    <message>
        <location filename="messages.py" line="45"/>
        <source>redone</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <location filename="messages.py" line="46"/>
        <source>gold span is now {0} «{1}»</source>
        <translation>المقطع الذهبي الآن {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="47"/>
        <source>gold span is again {0} «{1}»</source>
        <translation>عاد المقطع الذهبي {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="48"/>
        <source>accepted unanimous</source>
        <translation>قُبل المُجمَع عليه</translation>
    </message>
    <message>
        <location filename="messages.py" line="49"/>
        <source>accepted {0} suggestions</source>
        <translation>قُبل {0} اقتراح</translation>
    </message>
    <message>
        <location filename="messages.py" line="50"/>
        <source>accepted {0} «{1}»</source>
        <translation>قُبل {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="51"/>
        <source>rejected {0} suggestions</source>
        <translation>رُفض {0} اقتراح</translation>
    </message>
    <message>
        <location filename="messages.py" line="52"/>
        <source>rejected {0} suggestion</source>
        <translation>رُفض اقتراح {0}</translation>
    </message>
    <message>
        <location filename="messages.py" line="53"/>
        <source>rejected {0} «{1}»</source>
        <translation>رُفض {0} «{1}»</translation>
    </message>
    <message>
        <location filename="messages.py" line="54"/>
        <source>{0} suggestion(s) offered again</source>
        <translation>عُرض {0} اقتراح من جديد</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <location filename="../suggestion_controller.py" line="258"/>
        <source>Select a span first: label all labels the other occurrences of its text.</source>
        <translation>حدّد مقطعًا أولًا: «وسم كل المواضع» يسم المواضع الأخرى لنصه.</translation>
    </message>
    <message>
        <location filename="../suggestion_controller.py" line="282"/>
        <source>Looking for «{0}»…</source>
        <translation>جارٍ البحث عن «{0}»…</translation>
    </message>
    <message>
        <location filename="../suggestion_controller.py" line="308"/>
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
        <location filename="../suggestion_project.py" line="102"/>
        <source>Retraining the suggestion model in the background (Cancel in the status bar).</source>
        <translation>جارٍ إعادة تدريب نموذج الاقتراحات في الخلفية (الإلغاء في شريط الحالة).</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="110"/>
        <source>Suggestion model not trained: {0}</source>
        <translation>لم يُدرَّب نموذج الاقتراحات: {0}</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="117"/>
        <source>; held-out F1 {0:.2f}</source>
        <translation>؛ F1 على البيانات المحجوزة {0:.2f}</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="119"/>
        <source>Suggestion model v{0} trained on {1} document(s){2}.</source>
        <translation>دُرّب نموذج الاقتراحات v{0} على {1} مستند{2}.</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="138"/>
        <location filename="../suggestion_project.py" line="155"/>
        <source>Import gazetteer</source>
        <translation>استيراد قائمة أسماء</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="139"/>
        <source>Name lists (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>قوائم أسماء (*.tsv *.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="163"/>
        <source>{0} name(s) imported.</source>
        <translation>استُورد {0} اسم.</translation>
    </message>
    <message>
        <location filename="../suggestion_project.py" line="175"/>
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
    <name>TeamMenu</name>
    <message>
        <location filename="../dialogs/team_menu.py" line="54"/>
        <source>&amp;Assign documents…</source>
        <translation>&amp;توزيع المستندات…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="55"/>
        <source>Give each document to a number of annotators, balanced</source>
        <translation>إعطاء كل مستند لعدد من الموسِّمين بالتساوي</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="57"/>
        <source>&amp;Merge project files…</source>
        <translation>&amp;دمج ملفات المشاريع…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="58"/>
        <source>Bring the annotators&apos; layers from their project files into this one</source>
        <translation>جلب طبقات الموسِّمين من ملفات مشاريعهم إلى هذا المشروع</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="60"/>
        <source>A&amp;greement report…</source>
        <translation>تقرير الا&amp;تفاق…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="61"/>
        <source>How far the annotators agree: overall, per pair and per label</source>
        <translation>مدى اتفاق الموسِّمين: إجمالًا ولكل زوج ولكل وسم</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="97"/>
        <source>{0}: {1} new document(s)</source>
        <translation>{0}: {1} مستند جديد</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="99"/>
        <source>Assigned:</source>
        <translation>وُزّع:</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="100"/>
        <source>Assign documents</source>
        <translation>توزيع المستندات</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="103"/>
        <source>Assigning documents…</source>
        <translation>جارٍ توزيع المستندات…</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="108"/>
        <location filename="../dialogs/team_menu.py" line="137"/>
        <source>Merge project files</source>
        <translation>دمج ملفات المشاريع</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="109"/>
        <source>Project files (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>ملفات المشاريع (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="135"/>
        <source>{0}: {1} file(s) not merged</source>
        <translation>{0}: لم يُدمج {1} ملف</translation>
    </message>
    <message>
        <location filename="../dialogs/team_menu.py" line="142"/>
        <source>Merging project files…</source>
        <translation>جارٍ دمج ملفات المشاريع…</translation>
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
