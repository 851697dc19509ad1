<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>%n item(s), %1 min in all</source>
        <translation>
            <numerusform>%n item, %1 min in all</numerusform>
            <numerusform>%n items, %1 min in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the agenda runs %n minute(s) over</source>
        <translation>
            <numerusform>the agenda runs %n minute over</numerusform>
            <numerusform>the agenda runs %n minutes over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n record(s) changed on both sides (here and at the counterpart): compare and settle…</source>
        <translation>
            <numerusform>%n record changed on both sides (here and at the counterpart): compare and settle…</numerusform>
            <numerusform>%n records changed on both sides (here and at the counterpart): compare and settle…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meetings in the next %n day(s).</source>
        <translation>
            <numerusform>No meetings in the next %n day.</numerusform>
            <numerusform>No meetings in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No visits in the next %n day(s).</source>
        <translation>
            <numerusform>No visits in the next %n day.</numerusform>
            <numerusform>No visits in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open action item is overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>No open action item is overdue or due in the next %n day.</numerusform>
            <numerusform>No open action item is overdue or due in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Nothing was saved: %n problem must be fixed first.</numerusform>
            <numerusform>Nothing was saved: %n problems must be fixed first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message numerus="yes">
        <source>Wrote %Ln change(s) for %2 to %1.</source>
        <translation>
            <numerusform>Wrote %Ln change for %2 to %1.</numerusform>
            <numerusform>Wrote %Ln changes for %2 to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln record to %1.</numerusform>
            <numerusform>Exported %Ln records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and at the counterpart: ours is kept, theirs waits until you compare and settle.</source>
        <translation>
            <numerusform>%n record was changed here and at the counterpart: ours is kept, theirs waits until you compare and settle.</numerusform>
            <numerusform>%n records were changed here and at the counterpart: ours are kept, theirs wait until you compare and settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileTexts</name>
    <message numerus="yes">
        <source>%n page(s) read for search</source>
        <translation>
            <numerusform>%n page read for search</numerusform>
            <numerusform>%n pages read for search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read by OCR (a scan)</source>
        <translation>
            <numerusform>%n page read by OCR (a scan)</numerusform>
            <numerusform>%n pages read by OCR (a scan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Move these %n record(s) to the trash?</source>
        <translation>
            <numerusform>Move these %n record to the trash?</numerusform>
            <numerusform>Move these %n records to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Referred to by %n record(s)</source>
        <translation>
            <numerusform>Referred to by %n record</numerusform>
            <numerusform>Referred to by %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <source>%n record(s) were changed here and at the counterpart since the last exchange. Ours is kept until you settle each one: take ours or theirs for each part, or type the text.</source>
        <translation>
            <numerusform>%n record was changed here and at the counterpart since the last exchange. Ours is kept until you settle it: take ours or theirs for each part, or type the text.</numerusform>
            <numerusform>%n records were changed here and at the counterpart since the last exchange. Ours are kept until you settle each one: take ours or theirs for each part, or type the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message numerus="yes">
        <source>Reopened: %n earlier approval(s) withdrawn and kept in the history.</source>
        <translation>
            <numerusform>Reopened: %n earlier approval withdrawn and kept in the history.</numerusform>
            <numerusform>Reopened: %n earlier approvals withdrawn and kept in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeTasks</name>
    <message numerus="yes">
        <source>Wrote %n calendar entry(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n calendar entry to %1.</numerusform>
            <numerusform>Wrote %n calendar entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields.</source>
        <translation>
            <numerusform>Not saved: %n problem, shown next to the fields.</numerusform>
            <numerusform>Not saved: %n problems, shown next to the fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>%Ln record in the trash</numerusform>
            <numerusform>%Ln records in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Restored %n record. Undo with Ctrl+Z.</numerusform>
            <numerusform>Restored %n records. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n record for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n records for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) for good.</source>
        <translation>
            <numerusform>Deleted %n record for good.</numerusform>
            <numerusform>Deleted %n records for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
