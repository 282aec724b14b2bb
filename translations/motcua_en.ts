<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>motcua::AboutDialog</name>
    <message>
        <source>About MotCua Desk</source>
        <translation>About MotCua Desk</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The desk program of the commune one-stop office: reads chip ID cards, receives dossiers, scans their components and sends them to the provincial registry, also when the network is down.</source>
        <translation>The desk program of the commune one-stop office: reads chip ID cards, receives dossiers, scans their components and sends them to the provincial registry, also when the network is down.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>motcua::AuditTableModel</name>
    <message>
        <source>viewed the dossier</source>
        <translation>viewed the dossier</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>received (created)</source>
        <translation>received (created)</translation>
    </message>
    <message>
        <source>changed the data</source>
        <translation>changed the data</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>desk locked</source>
        <translation>desk locked</translation>
    </message>
    <message>
        <source>opened the audit trail</source>
        <translation>opened the audit trail</translation>
    </message>
    <message>
        <source>exported the audit trail</source>
        <translation>exported the audit trail</translation>
    </message>
    <message>
        <source>retention: old copies deleted</source>
        <translation>retention: old copies deleted</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dossier</source>
        <extracomment>Dossier = hồ sơ</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>verified the audit trail</source>
        <translation>verified the audit trail</translation>
    </message>
</context>
<context>
    <name>motcua::AuditViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The audit trail could not be read (%1).</source>
        <translation>The audit trail could not be read (%1).</translation>
    </message>
    <message>
        <source>No rows match the filters.</source>
        <translation>No rows match the filters.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The audit trail was written to %1.</source>
        <translation>The audit trail was written to %1.</translation>
    </message>
    <message>
        <source>The export failed (%1). Choose another folder and try again.</source>
        <translation>The export failed (%1). Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Official:</source>
        <translation>Official:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Dossier code:</source>
        <extracomment>Dossier = hồ sơ</extracomment>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), newest first.</source>
        <translation>
            <numerusform>%n row, newest first.</numerusform>
            <numerusform>%n rows, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n row(s) verified. Last row&apos;s hash: %1</source>
        <translation>
            <numerusform>The chain is intact: %n row verified. Last row&apos;s hash: %1</numerusform>
            <numerusform>The chain is intact: %n rows verified. Last row&apos;s hash: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is BROKEN at row %1: %2 Rows from there on cannot be trusted; keep this database and report it.</source>
        <translation>The chain is BROKEN at row %1: %2 Rows from there on cannot be trusted; keep this database and report it.</translation>
    </message>
    <message>
        <source>rows before it are missing.</source>
        <translation>rows before it are missing.</translation>
    </message>
    <message>
        <source>its number is out of order.</source>
        <translation>its number is out of order.</translation>
    </message>
    <message>
        <source>it does not follow the row before it (a row was removed, inserted or rewritten).</source>
        <translation>it does not follow the row before it (a row was removed, inserted or rewritten).</translation>
    </message>
    <message>
        <source>its content was changed after it was written.</source>
        <translation>its content was changed after it was written.</translation>
    </message>
    <message>
        <source>the newest rows were removed.</source>
        <translation>the newest rows were removed.</translation>
    </message>
</context>
<context>
    <name>motcua::CardReaderIndicator</name>
    <message>
        <source>no PC/SC service</source>
        <translation>no PC/SC service</translation>
    </message>
    <message>
        <source>no reader</source>
        <translation>no reader</translation>
    </message>
    <message>
        <source>ready, no card</source>
        <translation>ready, no card</translation>
    </message>
    <message>
        <source>reading card…</source>
        <translation>reading card…</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>card read</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>Card reader: %1</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>Readers: %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>Card: not available</source>
        <translation>Card: not available</translation>
    </message>
    <message>
        <source>Card reader: not available (the card module is not loaded)</source>
        <translation>Card reader: not available (the card module is not loaded)</translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseDiagnostics</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Damaged original (untouched)</source>
        <translation>Damaged original (untouched)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Size on disk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Outbox queue</source>
        <translation>Outbox queue</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseOpener</name>
    <message>
        <source>The desk database cannot be used</source>
        <translation>The desk database cannot be used</translation>
    </message>
    <message>
        <source>The desk database is damaged.</source>
        <translation>The desk database is damaged.</translation>
    </message>
    <message>
        <source>The file is left exactly as it is: %1

You can work on a copy of it (what can still be read is kept) and call the IT contact, or quit.</source>
        <translation>The file is left exactly as it is: %1

You can work on a copy of it (what can still be read is kept) and call the IT contact, or quit.</translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation>Open a &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>This file is not a MotCua Desk database.</source>
        <translation>This file is not a MotCua Desk database.</translation>
    </message>
    <message>
        <source>The file is left exactly as it is: %1

Nothing in it belongs to the desk, so its copy would be of no use: you can work on a new, empty database beside it and call the IT contact, or quit.</source>
        <translation>The file is left exactly as it is: %1

Nothing in it belongs to the desk, so its copy would be of no use: you can work on a new, empty database beside it and call the IT contact, or quit.</translation>
    </message>
    <message>
        <source>Open a &amp;new database</source>
        <translation>Open a &amp;new database</translation>
    </message>
    <message>
        <source>The desk database is in use by another program.</source>
        <translation>The desk database is in use by another program.</translation>
    </message>
    <message>
        <source>MotCua Desk may already be open in another window. Close it and try again.</source>
        <translation>MotCua Desk may already be open in another window. Close it and try again.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>The desk database was written by a newer version of MotCua Desk. Install the newest version, then start again.</source>
        <translation>The desk database was written by a newer version of MotCua Desk. Install the newest version, then start again.</translation>
    </message>
    <message>
        <source>The desk database could not be opened (disk full, no permission or a failed update). Nothing was changed in it: %1</source>
        <translation>The desk database could not be opened (disk full, no permission or a failed update). Nothing was changed in it: %1</translation>
    </message>
    <message>
        <source>No copy of the damaged database could be made (disk full or no permission).</source>
        <translation>No copy of the damaged database could be made (disk full or no permission).</translation>
    </message>
    <message>
        <source>The copy of the damaged database cannot be opened either. It is kept for the IT contact: %1</source>
        <translation>The copy of the damaged database cannot be opened either. It is kept for the IT contact: %1</translation>
    </message>
    <message>
        <source>No new database could be created beside it (disk full or no permission).</source>
        <translation>No new database could be created beside it (disk full or no permission).</translation>
    </message>
    <message>
        <source>The program will close. Call the IT contact and give them the details below.</source>
        <translation>The program will close. Call the IT contact and give them the details below.</translation>
    </message>
</context>
<context>
    <name>motcua::DemoWatermark</name>
    <message>
        <source>DEMO MODE – training</source>
        <extracomment>Watermark over every page in demo mode; Vietnamese text is fixed: CHẾ ĐỘ DEMO – đào tạo</extracomment>
        <translation>DEMO MODE – training</translation>
    </message>
</context>
<context>
    <name>motcua::Desk</name>
    <message>
        <source>Encryption key unavailable</source>
        <translation>Encryption key unavailable</translation>
    </message>
    <message>
        <source>The key that encrypts this desk&apos;s scans could not be read from the system keychain. Until it can, the desk cannot store or open scanned documents.</source>
        <translation>The key that encrypts this desk&apos;s scans could not be read from the system keychain. Until it can, the desk cannot store or open scanned documents.</translation>
    </message>
    <message>
        <source>Sign out of the computer and in again so the keychain unlocks, then restart the desk. If the problem stays, call the administrator.</source>
        <translation>Sign out of the computer and in again so the keychain unlocks, then restart the desk. If the problem stays, call the administrator.</translation>
    </message>
</context>
<context>
    <name>motcua::DeskArguments</name>
    <message>
        <source>MotCua Desk: the desk program of the commune one-stop office. Without --live it opens in demo mode until a live profile is configured.</source>
        <translation>MotCua Desk: the desk program of the commune one-stop office. Without --live it opens in demo mode until a live profile is configured.</translation>
    </message>
    <message>
        <source>Demo mode for training: simulated card reader, scanner and registry; watermarked.</source>
        <translation>Demo mode for training: simulated card reader, scanner and registry; watermarked.</translation>
    </message>
    <message>
        <source>Live mode with the real devices and registry.</source>
        <translation>Live mode with the real devices and registry.</translation>
    </message>
    <message>
        <source>The desk profile to open (one database per profile).</source>
        <translation>The desk profile to open (one database per profile).</translation>
    </message>
    <message>
        <source>Folder holding the profiles (default: the user&apos;s data folder).</source>
        <translation>Folder holding the profiles (default: the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Interface language: vi or en.</translation>
    </message>
    <message>
        <source>Open as this role: official, supervisor, trainer or administrator.</source>
        <translation>Open as this role: official, supervisor, trainer or administrator.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window before quitting (documentation).</source>
        <translation>Save a PNG of the main window before quitting (documentation).</translation>
    </message>
    <message>
        <source>Quit this many milliseconds after the window is first shown.</source>
        <translation>Quit this many milliseconds after the window is first shown.</translation>
    </message>
    <message>
        <source>Print the start-up time when the window is first shown.</source>
        <translation>Print the start-up time when the window is first shown.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--demo and --live cannot be used together.</source>
        <translation>--demo and --live cannot be used together.</translation>
    </message>
    <message>
        <source>Invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir needs a folder.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation>Unknown language &quot;%1&quot;: use vi or en.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Unknown role &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds, not &quot;%1&quot;.</source>
        <translation>--quit-after needs a number of milliseconds, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::DiagnosticsCollector</name>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>Key store (QtKeychain backend)</source>
        <translation>Key store (QtKeychain backend)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Secret Service (%1)</source>
        <translation>Secret Service (%1)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>can be started on demand</source>
        <translation>can be started on demand</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>no D-Bus session bus</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>demo (training)</source>
        <translation>demo (training)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Card reader (PC/SC)</source>
        <translation>Card reader (PC/SC)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Selected reader</source>
        <translation>Selected reader</translation>
    </message>
    <message>
        <source>Scanner (SANE)</source>
        <translation>Scanner (SANE)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>Last errors</translation>
    </message>
</context>
<context>
    <name>motcua::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Collecting information…</source>
        <translation>Collecting information…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to the IT contact.</source>
        <translation>Copied. Paste it into your message to the IT contact.</translation>
    </message>
    <message>
        <source>Paste this into your message to the IT contact. It contains no citizen data.</source>
        <translation>Paste this into your message to the IT contact. It contains no citizen data.</translation>
    </message>
</context>
<context>
    <name>motcua::HealthMonitor</name>
    <message>
        <source>The smart card service (PC/SC) is not running: chip ID cards cannot be read.</source>
        <translation>The smart card service (PC/SC) is not running: chip ID cards cannot be read.</translation>
    </message>
    <message>
        <source>Restart the computer or call the IT contact. The QR code on the card can still be scanned.</source>
        <translation>Restart the computer or call the IT contact. The QR code on the card can still be scanned.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>Plug the card reader into a USB port. The QR code on the card can still be scanned.</source>
        <translation>Plug the card reader into a USB port. The QR code on the card can still be scanned.</translation>
    </message>
    <message>
        <source>Synchronisation with the provincial registry is failing.</source>
        <translation>Synchronisation with the provincial registry is failing.</translation>
    </message>
    <message>
        <source>Dossiers are kept on this computer and sent again automatically (%1 waiting, %2 failed). If this lasts, call the IT contact.</source>
        <translation>Dossiers are kept on this computer and sent again automatically (%1 waiting, %2 failed). If this lasts, call the IT contact.</translation>
    </message>
    <message>
        <source>The secure key store (Secret Service) is not available.</source>
        <translation>The secure key store (Secret Service) is not available.</translation>
    </message>
    <message>
        <source>The registry password cannot be kept, so synchronisation cannot sign in. Call the IT contact.</source>
        <translation>The registry password cannot be kept, so synchronisation cannot sign in. Call the IT contact.</translation>
    </message>
    <message>
        <source>The original file was left untouched: %1. Call the IT contact before receiving more dossiers.</source>
        <translation>The original file was left untouched: %1. Call the IT contact before receiving more dossiers.</translation>
    </message>
    <message>
        <source>The desk database is not available.</source>
        <translation>The desk database is not available.</translation>
    </message>
    <message>
        <source>Dossiers cannot be saved. Restart the program; if this lasts, call the IT contact.</source>
        <translation>Dossiers cannot be saved. Restart the program; if this lasts, call the IT contact.</translation>
    </message>
    <message>
        <source>The desk is not working on its usual database: that file is damaged or not a desk database.</source>
        <translation>The desk is not working on its usual database: that file is damaged or not a desk database.</translation>
    </message>
    <message>
        <source>A check of the desk database found damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the dossier in hand and call the IT contact. Do not delete or copy over the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>The citizen&apos;s data read from the card was cleared from memory.</source>
        <translation>The citizen&apos;s data read from the card was cleared from memory.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation>Type the administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>MotCua Desk — sign in</source>
        <translation>MotCua Desk — sign in</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>Set up this desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Profile %1 has no accounts yet. Create the administrator&apos;s account; the administrator then adds the officials&apos; accounts.</source>
        <translation>Profile %1 has no accounts yet. Create the administrator&apos;s account; the administrator then adds the officials&apos; accounts.</translation>
    </message>
    <message>
        <source>Profile %1. Sign in with your own account: what you open, print and change is recorded under your name.</source>
        <translation>Profile %1. Sign in with your own account: what you open, print and change is recorded under your name.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>motcua::LoginMessages</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for another %1. Wait, or ask the administrator to unlock it.</source>
        <translation>Too many wrong passwords: this account is locked for another %1. Wait, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Wrong login or password. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator to unlock it.</source>
        <translation>Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>The first sign-in of this account needs the connection to the registry. Connect the desk to the network and try again.</source>
        <translation>The first sign-in of this account needs the connection to the registry. Connect the desk to the network and try again.</translation>
    </message>
    <message>
        <source>This account has not signed in online for too long. Connect the desk to the network and try again.</source>
        <translation>This account has not signed in online for too long. Connect the desk to the network and try again.</translation>
    </message>
    <message>
        <source>The registry refused this password. Try again, or ask the administrator.</source>
        <translation>The registry refused this password. Try again, or ask the administrator.</translation>
    </message>
    <message>
        <source>The account could not be created: the login needs 2 to 64 letters or digits, the password at least 8 characters.</source>
        <translation>The account could not be created: the login needs 2 to 64 letters or digits, the password at least 8 characters.</translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation>That login is already taken.</translation>
    </message>
    <message>
        <source>Signing in failed (%1). Try again; if it keeps failing, open Help › Diagnostics.</source>
        <translation>Signing in failed (%1). Try again; if it keeps failing, open Help › Diagnostics.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>One-stop desk</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lock the desk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Switch language</source>
        <translation>&amp;Switch language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Help and keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
</context>
<context>
    <name>motcua::ModulesPage</name>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Reason when not loaded</source>
        <translation>Reason when not loaded</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>built into the program</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded.</source>
        <translation>
            <numerusform>%n module loaded.</numerusform>
            <numerusform>%n modules loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 loaded, %2 not loaded: see the reason in the last column.</source>
        <translation>%1 loaded, %2 not loaded: see the reason in the last column.</translation>
    </message>
</context>
<context>
    <name>motcua::PageHost</name>
    <message>
        <source>This page could not be opened.</source>
        <translation>This page could not be opened.</translation>
    </message>
</context>
<context>
    <name>motcua::Roles</name>
    <message>
        <source>Reception official</source>
        <extracomment>Role: the commune official who receives dossiers at the one-stop desk</extracomment>
        <translation>Reception official</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <extracomment>Role: district or provincial supervisor reviewing dossiers</extracomment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>motcua::ScannerIndicator</name>
    <message>
        <source>no scanner</source>
        <translation>no scanner</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>scanning…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner: %1</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Devices: %1</translation>
    </message>
    <message>
        <source>Scanner: not available</source>
        <translation>Scanner: not available</translation>
    </message>
    <message>
        <source>Scanner: not available (the scan module is not loaded)</source>
        <translation>Scanner: not available (the scan module is not loaded)</translation>
    </message>
</context>
<context>
    <name>motcua::SyncIndicator</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>failing</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>Synchronisation: %1
Waiting: %2, failed: %3</source>
        <translation>Synchronisation: %1
Waiting: %2, failed: %3</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>Sync: not available</source>
        <translation>Sync: not available</translation>
    </message>
    <message>
        <source>Synchronisation: not available (the sync module is not loaded)</source>
        <translation>Synchronisation: not available (the sync module is not loaded)</translation>
    </message>
</context>
<context>
    <name>motcua::WarningStrip</name>
    <message>
        <source>Hide this warning until the program is started again</source>
        <translation>Hide this warning until the program is started again</translation>
    </message>
    <message>
        <source>Hide warning</source>
        <translation>Hide warning</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::CardError</name>
    <message>
        <source>The smart-card service of the computer (PC/SC) is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation type="unfinished">No card reader is connected.</translation>
    </message>
    <message>
        <source>There is no card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was moved away from the reader before reading finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication with the card failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip opens only with data printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be opened this way yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip refused the data entered (MRZ, or ID number, date of birth and expiry date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRZ lines are not valid: a character or a check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number or a date entered is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answers could not be verified, so nothing from this read was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the chip was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data file expected on a chip ID card is missing or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo stored in the chip could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of trusted card issuers (CSCA) could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo card could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the QR code of a citizen ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds an invalid ID number or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred while reading the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer; if this message stays, call the IT contact (service “pcscd”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the card reader into a USB port; it is detected automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card flat on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card back on the reader and keep it still until reading finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the reader back in, then place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other programs that use the card reader, then place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card again; if it keeps failing, try another reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the card, or type the three MRZ lines from the back of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the three MRZ lines from the back of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every character with the card and correct it, then read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the card again. If this repeats, the card may be damaged or altered: check the paper documents and report the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is a chip ID card (CCCD); other cards cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other data was read: compare the person with the photo printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the IT contact to check the CSCA folder in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card again to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the desk in demo mode; if this repeats, call the IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the card (front of a CCCD, back of a 2024 card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again, or type the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it repeats, copy the details and call the IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cccd::CardReaderService</name>
    <message>
        <source>Demo card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card on the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card: %1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cccd::CccdPage</name>
    <message>
        <source>Card reader</source>
        <translation type="unfinished">Card reader</translation>
    </message>
    <message>
        <source>R&amp;eader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert demo card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove demo card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRZ — three lines on the back of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR code on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code (anywhere in this window) or paste its text, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry date (with the QR code, instead of the MRZ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code read: ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cccd::IdentityCrossCheck</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document number “%2” is not the last 9 digits of the ID “%3” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cccd::IdentityView</name>
    <message>
        <source>Photo from the chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old ID (CMND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data intact: what was read is exactly what the issuing authority signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data NOT intact: the chip&apos;s data differs from what the authority signed. Do not rely on this card; check the person&apos;s papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data integrity not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: the chip&apos;s data carries a correct digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature INVALID: the chip&apos;s data is not signed correctly; the card may be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer trusted: the signature comes from a recognised card authority (CSCA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer NOT trusted: the signer is not in the list of recognised card authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer not checked: no recognised card authority (CSCA) is configured at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip genuine: it proved it holds the card&apos;s secret key (not a copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip NOT genuine: it could not prove it holds the card&apos;s key; it may be a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip copy protection not checked (this card offers none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verifiable: this data did not come from the chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO card (not a real person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree — check with the card and the person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cccd::MrzEntryWidget</name>
    <message>
        <source>MRZ line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cccd::MrzLiveCheck</name>
    <message>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>Computes the appointment (due) date of a dossier from its reception time, to the minute, in Asia/Ho_Chi_Minh. Give either a procedure code from the catalogue or a duration and a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception time, YYYY-MM-DDTHH:MM[:SS] (Vietnam time unless Z or +HH:MM is added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National procedure code, e.g. 1.001193.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal time limit, e.g. 3 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working-days, working-hours, days or same-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received after 15:00: counting starts the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure catalogue file instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --received &apos;%1&apos;: expected YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --procedure CODE or --duration N --unit UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit goes with --duration; a procedure carries its own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown procedure code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is required with --duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: use working-days, working-hours, days or same-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --duration &apos;%1&apos;: expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting starts: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the days off (statutory holidays, make-up days, swapped days) and the weekend days worked in a year, from the built-in calendar and its yearly notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian year, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --year &apos;%1&apos;: expected a year from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off and weekend days worked in %1 (%2 working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official notice for %1 is known: Tết and the second National Day follow the default rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar and due dates (docs/CALENDAR.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment date from a reception time and a time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days off and weekend days worked in a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the PC/SC card readers and whether a card is on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a CCCD chip on a PC/SC reader: BAC (MRZ, or ID + dates) or PACE (CAN), every DG1 and DG13 field, the face, passive authentication against a CSCA folder, Active Authentication when present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader name (default: the first with a card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ line 1; lines 2 and 3 follow as arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-digit ID number (with --dob and --expiry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: YYMMDD or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expiry: YYMMDD or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit card access number (last 6 digits of the ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of trusted CSCA certificates (PEM/DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the face image (as stored) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to SECONDS for a card (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ lines 2 and 3 after --mrz L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --mrz L1 L2 L3, --id ID --dob … --expiry …, or --can CAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id needs --dob and --expiry as YYMMDD or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--can takes the 6 digits printed on the card (last 6 digits of the ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data intact: %1, signature valid: %2, issuer trusted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 APDUs, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC readers and chip ID card reads (docs/CARD-READING.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers and whether a card is on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the chip: identity, face, verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the desk database (or brings an existing one to this program&apos;s schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database created: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the database with synthetic dossiers (realistic Vietnamese names, ID numbers and addresses; no real person). Creates the file when missing. For tests, training and benchmarks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of dossiers to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers per working day (default: spread over about 3 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest reception day, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the dossiers as demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --count &apos;%1&apos;: expected a number from 1 to 20000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --seed &apos;%1&apos;: expected a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --per-day &apos;%1&apos;: expected a number from 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --last-day &apos;%1&apos;: expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeding failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 synthetic dossiers in %2 s (%3 per second), received %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the database holds: size, schema version, dossiers per state, events, files and the outbox per state. Reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no schema yet: run motcua-cli db init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:           %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox:         %1 queued, %2 sending, %3 failed, %4 synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database: SQLite&apos;s integrity_check, the search index, foreign keys, and that every dossier has its event and outbox entry. Never modifies the file. Exit 0 sound, 1 damaged, 2 missing or not a desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database is sound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged; keep the file and open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk database (docs/STORAGE.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database or migrate it to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add synthetic dossiers (--count N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size, schema version, dossiers per state, outbox per state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check; exit 1 when damaged, 2 when not a desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses the three MRZ lines on the back of a CCCD (TD1, 3 × 30 characters) and checks every check digit. The lines may also be given as one argument of 90 characters. Quote &apos;&lt;&apos; in the shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three MRZ lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the three MRZ lines (or all 90 characters as one argument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ valid: every check digit matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses and checks the MRZ printed on the back of a chip ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses the &apos;|&apos;-separated text of the card&apos;s QR code: 12-digit ID, old CMND, name, date of birth, sex, address, date of issue (and the extra fields of 2024 cards). The ID and dates are validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code text, quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the QR text as one (quoted) argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAN (opens the chip): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses the QR code text of a chip ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds dossiers by applicant or representative name, ID number, dossier code (official or provisional), address or procedure. Diacritics are optional: &apos;dang van anh&apos; finds &apos;Đặng Văn Ánh&apos;. The last word also matches as a prefix. Newest dossiers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most hits to show (default 20, at most 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed --limit &apos;%1&apos;: expected a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing QUERY: give the words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query &apos;%1&apos; has no letters or digits to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier found for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --once (one pass, then exit); the desk itself syncs continuously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--registry URL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused registry (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--desk-id ID is required (the desk&apos;s id at the registry, e.g. Q01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch must be a number from 1 to 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be a number from 100 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunk-kb must be a number from 16 to 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-env is accepted for a loopback registry only; store the secret with &apos;motcua-cli sync credentials&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable named by --secret-env is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the outbox (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, failed %2, pulled %3 (applied %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s clock differs from the registry&apos;s by %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sync state (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1, sending %2, failed %3, synced %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries are due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry ID is required (see &apos;motcua-cli sync status&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 written to %2; it stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--registry URL and --desk-id ID are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the secret on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the desk&apos;s outbox to the central registry and applies what came back (official codes, statuses, decisions). Actions: (none) one pass with --once; status; retry [--dossier UUID]; export --entry ID --out FILE; credentials (secret on standard input) [--remove].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, retry, export or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry base URL (HTTPS; plain HTTP to loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s id at the registry, e.g. Q01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one pass (send everything due, then pull changes) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of CA certificates to trust besides the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s file store (default: &apos;files&apos; beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per request (1–500, default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a request after this long without progress (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment chunk size in KiB (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from this environment variable (loopback registries only: simulator and tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: only this dossier&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the outbox entry id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials: remove the stored secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one action at most, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: expected status, retry, export or credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no audit trail (schema version %1; the desk upgrades it when it opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks the audit trail&apos;s hash chain from the first row. Exit 0 when it is intact, 1 when a row was altered, removed or inserted (the first such row is named), 2 when the file is not a desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last row&apos;s hash recorded earlier: also detects removed newest rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows, head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail is broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole audit trail, with both hashes of every row, as CSV or JSON (chosen by --format, else by the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 audit rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the newest audit rows, optionally for one dossier, official or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier uuid or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, or a prefix ending in &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash-chained audit trail of views, prints, exports and changes (docs/SECURITY.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the chain; exit 1 naming the first bad row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the trail as CSV or JSON (--out FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the newest rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the desk data (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives a dossier from a JSON description (docs/DOSSIER-INPUT.md): validates it, stores dossier, components, files and the outbox event in one transaction and prints the code and due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier description, or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the receiving official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the dossier as a demo dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input FILE.json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos;: file not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown procedure &apos;%1&apos; (catalogue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier was not saved (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (%2), due %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one dossier (by official or provisional code) with its timeline, documents and sync state. Prints the applicant&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one dossier CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dossier with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the dossier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists dossiers, newest first, with their sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this state (key or national code 1–10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this procedure code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open dossiers past their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number, code or address (no accents needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N dossiers (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list dossiers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a form of a stored dossier as an A5 PDF (the log book A4) with the fonts embedded; the same PDF the desk previews and prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the dossier (official or provisional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt, supplement, refusal, apology, stop, control or logbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log book: first reception date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log book: last reception date (default: --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office profile JSON; default: the demo commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the official signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--form must be one of receipt, supplement, refusal, apology, stop, control, logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log book needs --dossier CODE or --from DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dossier CODE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot gather the form data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot render the form (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 page(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes local copies of scans the registry holds, past the retention period, files without a row, and unfinished work past its period. The periods come from the profile&apos;s settings (motcua-cli security show) unless given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep local copies this many days after the registry confirmed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unfinished work this many days after it was last touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another folder of unfinished work (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--files-days must be a number of days from 0 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drafts-days must be a number of days from 0 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purge stopped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some items could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes local copies the registry holds and stale unfinished work (docs/SECURITY.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the security settings and which data key encrypts the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask the keychain whether it holds the data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes security settings, each given as KEY=VALUE (see security show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting and its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (see motcua-cli security show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 setting(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock, retention and offline sign-in settings, and the data key (docs/SECURITY.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings and the data key&apos;s fingerprint (--check-key asks the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings: KEY=VALUE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login LOGIN is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a local account. The password (8 characters or more) is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official&apos;s name as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official, supervisor, trainer or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the desk&apos;s accounts with their role and lock state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a new password, read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifts a lock after failed sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops an account from signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a disabled account sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s accounts (docs/SECURITY.md). Passwords are read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a local account (--login, --name, --role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list accounts, roles and locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift a lock after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop an account from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let it sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the view in the audit trail (%1); nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the print in the audit trail (%1); nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action takes --help (its options and an example) and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action: use %1 (see motcua-cli %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers in the desk database (input format: docs/DOSSIER-INPUT.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive a dossier from a JSON file (--input FILE.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one dossier with its timeline (CODE); prints personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers with their sync state (--state S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk forms of a stored dossier as PDF, the same the desk previews and prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt, supplement, refusal, apology, stop, control sheet or log book (--out FILE.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the three MRZ lines: L1 L2 L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the fields of the QR code text: TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete what is past its retention period (--dry-run lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the procedure catalogue the desk receives dossiers under: its version, where it comes from (built-in, file or registry) and how many procedures it has, and any stored catalogue that is not used because it failed its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the stored catalogues (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in catalogue is not usable (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1 (%2), %3 procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1 catalogue %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a procedure catalogue file (motcua-catalogue/1) in the desk database after checking all of it, so the desk receives dossiers under it from its next start. Refuses a version that is not newer than the one in force unless --force; dossiers already received keep their procedure versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it even when its version is not newer (a corrected file of the same version, or an older catalogue whose procedure versions earlier dossiers need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable catalogue (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue %1 is not newer than catalogue %2 in force; nothing stored (use --force to store it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue was not stored (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1 stored (%2 procedures); it was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk receives dossiers under it from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in force: the desk keeps catalogue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure catalogue the desk receives dossiers under: show it, or update it from a file (docs/RECEPTION.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue in force, its source and stored catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a catalogue file and store it (--force: not newer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cli::CliInvocation</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::cli::DossierCommand</name>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::intake::ActionDialog</name>
    <message>
        <source>Request a supplement</source>
        <extracomment>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the dossier</source>
        <extracomment>Từ chối tiếp nhận</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <extracomment>Trả kết quả</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw / stop</source>
        <extracomment>Rút hồ sơ / dừng giải quyết</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend with apology</source>
        <extracomment>Gia hạn, xin lỗi và hẹn lại</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to add or correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paper per line, everything at once: the law allows one request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the copy is not legible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing period starts again from this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reason per line; they are printed on the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the competent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name of the person who took the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, if shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the citizen withdraws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on the apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current appointment: %1. The law allows one extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::ApplicantPanel</name>
    <message>
        <source>2. Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read card (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in by an authorised &amp;representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo card chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code (not verified by the chip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled the %1 from the %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data intact %1 · Signature %2 · Issuer trusted %3 · Chip authentic %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs between sources — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Card check failed: verify the person&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::BundlePanel</name>
    <message>
        <source>Interlinked group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures received together (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child being registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deceased person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required in this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::ComponentChecklist</name>
    <message>
        <source>Attach a PDF for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 scan · F7 attach file · F8 shown only · F9 reuse earlier document · Del clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier digitised documents of this citizen (Enter reuse, Esc close):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this component (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF file (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the official, not kept (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse an earlier digitised document (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is only shown, not kept: press F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is available: attach the PDF from a file (F7) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner could not start: attach the PDF from a file (F7) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned “%1”: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached “%1”: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reused from an earlier dossier: it must be handed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier digitised document of this citizen was found (the ID number is needed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused %1 from dossier %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::DeskActions</name>
    <message>
        <source>A supplement has already been requested for this dossier. The law allows only one request, complete and at once.</source>
        <extracomment>&quot;yêu cầu bổ sung&quot; = supplement request; legal rule: only once (ND 61/2018 Điều 15).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has already been extended once. The law allows only one extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not possible in the dossier&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the citizen has to add or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who received the result.</source>
        <extracomment>&quot;trả kết quả&quot; = hand over the result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new appointment must be later than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier no longer exists in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be saved (%1). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierListModel</name>
    <message>
        <source>Sending failed; it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional code, until the registry assigns the official one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>due time, then &quot;quá hạn&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>mã số hồ sơ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>ngày hẹn trả</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierListPage</name>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished">Dossiers</translation>
    </message>
    <message>
        <source>Search: name, ID number, code or address — with or without diacritics (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the log book of dossiers received in a date range (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossiers past their appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossiers due by the end of the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read from the local database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) shown, newest first — scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The log book cannot be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log book cannot be printed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier list needs the desk&apos;s database, which is not open. Restart the desk; if this stays, see Help → Diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierPage</name>
    <message>
        <source>← Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the dossier list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional code — the registry will assign the official one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official code (receipt printed with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Procedure:&lt;/b&gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicant:&lt;/b&gt; %1, ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Received:&lt;/b&gt; %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(extended from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested. Print the request and give it to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received: the processing period starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier refused. Print the refusal with its reasons for the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is ready at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing stopped. Print the stop notice for the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment extended. Print the apology with the new date for the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be printed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no scanned file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of “%1” cannot be read from this desk (%2). It may have been removed after it was sent to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open this dossier, or the audit trail could not record it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierText</name>
    <message>
        <source>Registered online</source>
        <extracomment>Mới đăng ký</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Được tiếp nhận</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>Không được tiếp nhận</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <extracomment>Đang xử lý</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <extracomment>Yêu cầu bổ sung giấy tờ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <extracomment>Yêu cầu thực hiện nghĩa vụ tài chính</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal requested</source>
        <extracomment>Công dân yêu cầu rút hồ sơ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Dừng xử lý</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Đã xử lý xong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result handed over</source>
        <extracomment>Đã trả kết quả</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official code assigned by the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement completed, period restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen asked to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment extended with apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::DraftValidator</name>
    <message>
        <source>Choose the procedure first.</source>
        <extracomment>Validation messages shown beside the reception form; &quot;hồ sơ&quot; = dossier, &quot;thành phần hồ sơ&quot; = component.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name as written on the identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 12-digit personal identification number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal identification number must have exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal identification number may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first three digits of the identification number are not a province code (001–096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identification number does not match the year of birth: check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identification number does not match the sex: check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is implausibly early: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number should have 10 digits starting with 0 (or +84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the citizen receives the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component is not part of the procedure.</source>
        <extracomment>&quot;thành phần hồ sơ&quot; = dossier component</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This required component has not been handed in: scan it, mark it shown, or reuse an earlier digitised copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component must be kept: scan it or reuse an earlier digitised copy; showing it is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanned file is attached to this component yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file is not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component cannot be reused from an earlier dossier: it must be handed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which earlier digitised document to reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure is not part of the interlinked group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interlinked group must include this procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the required number of procedures for the interlinked group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name of the person the interlinked group is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the child&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child must be under 6 years old for this interlinked group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::FeePanel</name>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to collect: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::IntakePage</name>
    <message>
        <source>Dossiers cannot be received: the desk&apos;s database is not open. Restart the desk; if this stays, see Help → Diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure catalogue stored on this desk failed its checks and is not used (%1); dossiers are received under catalogue %2. Ask the administrator to import a correct file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be opened. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is on and has paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this, or the audit trail could not record it. Nothing was printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::PersonForm</name>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, e.g. 12/04/1990.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::ProcedurePicker</name>
    <message>
        <source>1. Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search: name without accents (khai sinh) or national code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter pick · Esc back to the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Interlinked] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure matches. Try fewer words or the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · time limit %4 · fee %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received once as linked dossiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) in the checklist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::intake::ReceiptView</name>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier saved.&lt;/b&gt; Code &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional — the official code follows after synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked dossiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt and hand it to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not allowed for your role, or it could not be recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled. The dossier is saved; press Ctrl+P to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer failed. The dossier is saved: check the printer and press Ctrl+P to print again, or save the PDF (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF is not allowed for your role, or it could not be recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::ReceptionPage</name>
    <message>
        <source>Receive dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change procedure (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Components (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and show receipt (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure chosen: %1. Read the card (F4) or type the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the procedure: type part of its name, then Enter.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: cannot be computed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result due &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To complete before saving: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interlinked group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reception was not finished (%1, last change %2). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no procedure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished reception was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished reception was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until scanning or reading the attached file has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was not saved (%1). Nothing was written; your input is kept — try Ctrl+S again, and if it fails again see Help → Diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be made (%1). The dossier is saved; reprint it from the dossier list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader service: type the applicant&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo card placed on the reader: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card on the reader or scan its QR code; the applicant fills in by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::intake::ReceptionText</name>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + provincial fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <extracomment>&quot;bản chính&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <extracomment>&quot;bản sao&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown only</source>
        <extracomment>&quot;xuất trình&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received after 15:00: counted from the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside office hours: counted from the next office hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-working day: counted from the next working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::review::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Review</translation>
    </message>
    <message>
        <source>Dossiers across communes: overdue, due soon, and decisions to take.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::PagePreview</name>
    <message>
        <source>JPEG colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::PageView</name>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanController</name>
    <message numerus="yes">
        <source>The scan was cancelled; the %n page(s) already scanned are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 backs for %2 fronts: check the pages and rescan the missing backs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More backs (%1) than fronts (%2): the extra pages are at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanDialog</name>
    <message>
        <source>Scan a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the pages and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) are not saved. Close and throw them away?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanDocument</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4 dpi, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks blank: check it; it is kept unless you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be processed: rescan or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanError</name>
    <message>
        <source>The scan finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document feeder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper is jammed in the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cover is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped sending the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner does not support this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan settings or files are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the pages face down in the feeder and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the feeder, remove the jammed sheet, then scan the remaining pages; the pages already scanned are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the scanner cover and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages already scanned are kept; scan again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other scanning program or wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scanner cable and power, then scan the remaining pages; the pages already scanned are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect or switch on the scanner, refresh the device list and scan the remaining pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another source, mode or resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings or the chosen files and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the details to the IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner driver stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages already scanned are kept. Scan the remaining pages: the driver starts again by itself. If it happens again, switch the scanner off and on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanPage</name>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 does not answer: check that it is switched on and connected, then refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be processed: rescan it or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written (%1). The pages are kept: choose another place or free some disk space, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages cannot be written to the recovery folder; they are kept in memory. Save soon: if the desk closes now they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The fronts of %n sheet(s) are in.&lt;/b&gt; Take the stack out of the output tray, turn it over as a whole without changing the order, put it back in the feeder and press &lt;i&gt;Scan the backs&lt;/i&gt;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The interrupted scan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scanned PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for a kind of paper; the scanner&apos;s own options are adjusted to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Own settings —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatbed (glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder, one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides by hand (fronts, turn the stack, backs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For feeders that scan one side: the fronts are scanned first, then the stack is turned over and the backs are scanned and put after their fronts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what we have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the paper is, e.g. Tờ khai CT01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and attach (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan pages and insert them before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan this page (replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every page that looks blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: F5 scan · Esc stop · Alt+↑/↓ move a page · Ctrl+R / Ctrl+Shift+R turn it · Del delete · Ins scan pages in before it · Ctrl+F5 rescan it · Ctrl+S save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) received so far are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) that looked blank were deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put the pages in the scanner and press Scan (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G4 (black and white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>straightened %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page looks blank (ink on %1 % of it). It stays in the file unless you delete it (Del).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be processed. Rescan it (Ctrl+F5) or delete it (Del).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner is smaller than %1: part of the page will be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found. Check its cable and power, then look again (⟳).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scanner&apos;s options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning back %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fronts: %1 — waiting for the backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) blank</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being processed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be processed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will save when the last pages are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages could not be processed: rescan or delete them before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages are not ready to be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 — %n page(s), %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A scan that was not saved was found: %n page(s), “%1”, from %2. Recover it to check and save it, or discard it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more after this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted scan is encrypted with another profile&apos;s key, or this desk&apos;s key could not be read. It was left as it is; open it from the profile it was scanned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the pages could not be recognised; they are saved without a searchable text layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vietnamese text recognition data is not installed: the text layer is recognised as English and its diacritics are lost. Ask the administrator to install tesseract-ocr-vie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the text (searchable PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the printed text of each page (Vietnamese) into an invisible layer of the PDF, so it can be searched and copied. The pages look the same; each takes a few seconds longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScannerService</name>
    <message>
        <source>scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the scanner drivers did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scanner connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scan::ThumbnailDelegate</name>
    <message>
        <source>Not processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::QueueModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <extracomment>hồ sơ — the dossier&apos;s code (mã số hồ sơ)</extracomment>
        <translation type="unfinished">Dossier</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncError</name>
    <message>
        <source>The registry address does not use HTTPS. Ask the IT contact for the HTTPS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address is not valid. Check it in the synchronisation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file for the registry cannot be read. Check its path in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode only talks to its own training registry. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be reached. Dossiers stay queued and are sent when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not answer in time. The desk will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the registry was cut. The desk will send again; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s certificate was refused (expired or not trusted). Call the IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered from another address. Ask the IT contact to check the registry address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. The desk will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is busy and asked the desk to wait. Sending resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry reported an error. The desk will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no registry credentials yet. Enter them in the synchronisation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused this desk&apos;s credentials. Enter the current ones in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the registry credentials cannot be kept. Ask the IT contact to enable the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry holds a different version of this entry. Export it and send it to the IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused this entry. Check the dossier, then retry or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry asked to receive an earlier change first. The desk will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned file of this dossier is missing on this computer. Scan it again or export the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned file of this dossier is damaged on this computer. Scan it again or export the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo dossier; it is never sent to a real registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry cannot be read. Export it and send it to the IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s database reported an error. The desk will try again; call the IT contact if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation failed. The desk will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished">Synchronisation</translation>
    </message>
    <message>
        <source>Dossiers waiting to be sent to the provincial registry, and what came back from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting entry now, including failed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry to a file for manual transfer. It stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation is not available in this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: the training registry of demo mode (no real registry is reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 written to %2. It stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 · Sending %2 · Failed %3 · Sent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncService</name>
    <message>
        <source>The training registry could not start. Dossiers stay queued on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation is not set up: enter the registry address and this desk&apos;s id on the synchronisation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the registry&apos;s by %n minute(s). Reception times on receipts come from this clock: ask the IT contact to set it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training registry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n change(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent. Last synchronisation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting; %1 failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) kept on this computer; next try at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation is failing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
