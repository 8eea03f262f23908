<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Ein Desktop-Assistent für dein Zuhause: Sag, was du möchtest, prüfe den Plan, und Hearth führt ihn aus und prüft, ob es geklappt hat.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Home-Assistant-Version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server …</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>Nicht genutzt: Dies ist das Demo-Zuhause{name}, erfunden zum Ausprobieren von Hearth</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>Nicht genutzt: Das Zuhause{name} wird aus der Datei {file} gelesen</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Nicht verbunden (verwendet {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (verbunden)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Verbunden; die Version kam nicht rechtzeitig</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Verbunden; die Version konnte nicht gelesen werden ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Heute · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Morgen · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>geschlummert</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>wiederholt sich {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>ab {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>bis {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. schlummern</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>„erinnere mich morgen um 8, den Müll rauszubringen“ oder „trag Zahnarzt am Freitag um 3 in meinen Kalender ein“</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Nächste &amp;7 Tage</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>Kalender und Erinnerungen neu lesen (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>Agenda aktualisieren</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Erinnerungen, die auf eine Antwort warten</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf dich</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Termine und Erinnerungen nach Tag</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Erinnerung absagen</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>Die ausgewählte Erinnerung absagen (Entf)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Die ausgewählte Erinnerung absagen</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Warte auf das Zuhause …</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Agenda-Status</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Kalender nicht gelesen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n Termine</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 Erinnerung</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n Erinnerungen</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} wartend</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Gerade nicht gelesen: {names}. Die anderen Kalender werden gezeigt; Hearth versucht es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>Heute ist sonst nichts geplant.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>In den nächsten 7 Tagen ist sonst nichts geplant.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Heute nichts in deinen Kalendern und keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>In den nächsten 7 Tagen nichts in deinen Kalendern und keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Tippe {examples} im Assistenten (Strg+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>Wartet auf dich · %n Erinnerungen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Sag Hearth, was es tun soll, z. B. „dimme die Sofalampe auf 30 Prozent“</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Eingabe gibt den Plan oben frei · Esc bricht ab · oder schreib einen neuen Befehl</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Beantworte die Frage oben mit ihren Knöpfen · Esc überspringt den Schritt · oder schreib einen neuen Befehl</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Schreib, was Hearth tun soll; Pfeil hoch holt frühere Befehle zurück</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Einen Moment… Ich erledige das, sobald das Zuhause geladen ist.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>Nicht erledigt: Hearth konnte das Zuhause nicht laden (die Statusleiste sagt, warum).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Drücken zum Sprechen braucht ein Vosk-Spracherkennungsmodell: Installiere eines unter Einstellungen › Spracheingabe und halte dann beim Sprechen die Schaltfläche Sprechen (oder die Sprechtaste) gedrückt.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Du: {text}</translation>
    </message>
    <message>
        <source>Hearth: {text}</source>
        <translation>Hearth: {text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Befehl senden</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>Den Befehl senden (Eingabe)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Zum Sprechen drücken</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Ich schaue nach …</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Rückgängig (teilweise)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Abgebrochen: Es wurde nichts geplant.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Ersetzt durch „{command}“: Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>das Home-Assistant-Token</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>das CalDAV-Passwort</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>den API-Schlüssel des Sprachmodells</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>den Siegelschlüssel des Prüfprotokolls</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>den Hash der PIN</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>den versiegelten Kopf des Prüfprotokolls</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>noch keinen Endpunkt</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>eine Modelldatei auf diesem Computer</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>einen Server auf diesem Computer oder im lokalen Netz</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>einen Cloud-Endpunkt</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>kein nutzbarer Schlüsselbund des Systems: Hearth bewahrt {what} nur im Schlüsselbund des Betriebssystems auf ({keyrings}). Starte oder installiere einen, oder setze {variable} für diese Sitzung. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>kein nutzbarer Schlüsselbund des Systems: Hearth bewahrt {what} nur im Schlüsselbund des Betriebssystems auf ({keyrings}). Starte oder installiere einen. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>die Vorgabe {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>die Modelldatei {where} wurde nicht innerhalb von {seconds} s geladen</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>das lokale Modell hat nicht innerhalb von {seconds} s geantwortet; es wurde beendet und wird mit der nächsten Anfrage neu geladen</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>das Sprachmodell unter {where} hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>das Sprachmodell unter {where} ist nicht erreichbar: Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>das Sprachmodell unter {where} hat den API-Schlüssel abgelehnt: Lege ihn unter Einstellungen › Sprachmodell fest</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>das Sprachmodell unter {where} ist ausgelastet und bittet, {wait} s zu warten</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>das Sprachmodell unter {where} ist ausgelastet</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>das lokale Modell beantwortet noch die vorige Anfrage</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>das Sprachmodell unter {where} hat die Anfrage abgelehnt ({status}): Prüfe die Adresse und den Namen des Modells unter Einstellungen › Sprachmodell</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>die Antwort von {where} kann Hearth nicht lesen</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>die Antwort des Sprachmodells kann Hearth nicht lesen</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (Das Sprachmodell konnte nicht helfen: {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>Ich konnte das Sprachmodell nicht fragen: {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; braucht den eigenen Code von {device}. Gib ihn ein, um den Schritt auszuführen (Hearth speichert ihn nie), oder überspringe den Schritt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code for {device}</source>
        <translation>Code für {device}</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Diesen Code verwenden</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Abgebrochen. Das bereits Heruntergeladene bleibt erhalten: Erneut herunterladen setzt fort.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>{what} herunterladen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Den Download abbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Download-Meldung</translation>
    </message>
    <message>
        <source>Connecting for {name}…</source>
        <translation>Verbindung für {name}…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total} (%p%)</source>
        <translation>{stage}: {done} von {total} (%p%)</translation>
    </message>
    <message>
        <source>{stage} {what}…</source>
        <translation>{stage}: {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>EntityControls</name>
    <message>
        <source>{control} value</source>
        <extracomment>How long a slider (or arrow keys on it) must rest before its plan is made.</extracomment>
        <translation>{control}: Wert</translation>
    </message>
    <message>
        <source>{control} of {name}</source>
        <translation>{control} von {name}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>{percent} % offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verriegeln</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entriegeln</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Zieltemperatur von {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Zieltemperatur von {name} einstellen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Ausgewähltes Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Zurücksetzen, was die letzte Änderung hier geändert hat (Strg+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Lichter, Schalter, Ventilatoren, Jalousien und Medien ändern sich hier sofort, mit Rückgängig. Schlösser, Garagentore, Alarmanlagen, Szenen und Skripte warten im Assistenten auf deine Freigabe (Strg+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Kein Gerät ausgewählt</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Wähle ein Gerät in der Liste, um seinen Zustand und seine Bedienelemente zu sehen.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Wähle ein Gerät in diesem Bereich, um es zu steuern.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>In keinem Bereich</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>Dieses Gerät meldet nur seinen Zustand; hier gibt es nichts zu schalten.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>Setze zurück, was „{asked}“ geändert hat …</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Zurückgesetzt, was „{asked}“ geändert hat.</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>Konnte nicht zurücksetzen, was „{asked}“ geändert hat</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Hearth einrichten</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>PIN überspringen</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>Was kann ich zu Hause tun?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Sag mir, was ich tun soll, oder frag: „schalte die Lichter unten aus“, „stell die Heizung auf 21“, „ist das Garagentor offen?“</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Eingabe sendet · Pfeil hoch holt frühere Befehle · Strg+L springt zurück ins Befehlsfeld · ein Plan wartet auf Eingabe (freigeben) oder Esc (abbrechen)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN des Eigentümers</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Gib die PIN des Besitzers ein:</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Nicht festgelegt: nenne in jedem Befehl den Raum</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>Agenda aktualisieren</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Die ausgewählte Erinnerung absagen</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>Den Befehl senden; bei leerem Befehlsfeld den wartenden Plan freigeben</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Den wartenden Plan abbrechen (während er für einen riskanten Schritt erneut fragt: diesen Schritt überspringen) oder den stoppen, den das Sprachmodell noch erstellt</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Frühere Befehle zurückholen</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Zurück ins Befehlsfeld</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Vom Befehlsfeld zu den Schritten und Knöpfen des wartenden Plans</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Die Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Die Geräte filtern</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>Die letzte hier gemachte Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Hearth-Hilfe</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Schreib im Assistenten, was du möchtest, so wie du es sagen würdest: „schalte das Küchenlicht aus“, „ist das Garagentor offen?“, „erinnere mich morgen um 8 daran, den Müll rauszubringen“. Hearth zeigt zuerst den Plan; was sich ändert, wird danach am Gerät geprüft und im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tastenkürzel&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>Nein, überspringen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;{action}?&lt;/b&gt; Das ist sicherheitsrelevant. Bestätige es einzeln oder überspringe es.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Ja, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Bestätigen: {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Überspringen: {action}</translation>
    </message>
    <message>
        <source>Confirm {action}</source>
        <translation>{action} bestätigen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Succeeded</source>
        <extracomment>Outcomes as words (history&apos;s ``requests.outcome``).</extracomment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gestern {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>Zuhause-Ansicht</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>Zuhause-Datei</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} weitere)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nichts wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Anfragen durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected request again</source>
        <translation>Die ausgewählte Anfrage erneut ausführen</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Die ausgewählte Anfrage erneut planen (Eingabe)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>Die angezeigten Anfragen exportieren</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>Die hier angezeigten Anfragen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Frühere Anfragen</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Warte auf das Zuhause …</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Erneut geplant: „{text}“. Siehe Assistent (Strg+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>Der Verlauf ist aus: Nichts wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>„{text}“ – {outcome}, aus: {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>Hearth sagte: {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>Der Verlauf kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nichts passt zur Suche.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Noch keine Anfragen: Was du Hearth fragst, erscheint hier.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (die neuesten)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>{shown} von {total} Anfragen passen zum Ergebnisfilter</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>%n Anfrage nach {path} exportiert</numerusform>
            <numerusform>%n Anfragen nach {path} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>Öffne in Home Assistant dein Profil, dann &lt;b&gt;Sicherheit&lt;/b&gt; → &lt;b&gt;Langlebige Zugangstoken&lt;/b&gt; → &lt;b&gt;Token erstellen&lt;/b&gt;, und füge es hier ein.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>Home-Assistant-URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Ein langlebiges Zugriffstoken; wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Stored in the keyring: leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert: leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Langlebiges Zugangstoken einfügen</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>zuletzt benutzt: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Nach Name, Bereich oder Etage filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Lade das Zuhause …</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Anzahl der Geräte</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Geräte nach Etage und Bereich</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} devices</source>
        <translation>
            <numerusform>%n von {total} Geräten</numerusform>
            <numerusform>%n von {total} Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the home</source>
        <translation>Das Zuhause ließ sich nicht laden</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>Hearth ist noch nicht mit dem Zuhause verbunden.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>Lokale Modelldatei (kein Server)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Nie: alles auf diesem Computer planen</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Wenn Hearth &amp;nicht sicher ist (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;Zuerst, mit Hearths eigenem Planer, wenn das Modell versagt</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Für das, was Hearths eigener Planer nicht lesen kann („hier ist es zu dunkel“, „mach das Haus bereit für den Filmabend“), kann es ein Sprachmodell fragen: OpenAI, einen Server in deinem Netz wie Ollama, llama.cpp oder vLLM, oder eine Modelldatei, die Hearth selbst ausführt. Was das Modell vorschlägt, wird geprüft und dir gezeigt, bevor irgendetwas ausgeführt wird.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Endpunktadresse</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Wo der Endpunkt ist</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatisch</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Automatische Zeitbegrenzung, passend zum Endpunkt</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitbegrenzung in Sekunden</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Verwendete Zeitbegrenzung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt. Lokale Server brauchen meist keinen.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Zeitbegrenzung:</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Das Sprachmodell fragen:</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>Protokol&amp;lieren, was an das Modell geht (zur Fehlersuche)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Protokollieren, was an das Modell geht</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Mit jeder Anfrage gesendet: deine Worte, die Uhrzeit, der Raum dieses Computers, die letzte Unterhaltung sowie Namen, Räume und Zustände der Geräte, die Hearth verwenden darf (in einem großen Zuhause die wichtigsten). Nie das Home-Assistant-Token oder der API-Schlüssel. Mit eingeschaltetem Protokoll landet es auch in Hearths Protokoll.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Das Sprachmodell testen</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>Test sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>Den Test des Sprachmodells stoppen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Einstellungen des Sprachmodells übernehmen</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>Status des Sprachmodells</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>Zu verwendende Modelldatei</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Eine GGUF-Modelldatei auf diesem Computer wählen</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>Was zum Ausführen einer Modelldatei nötig ist</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>Die verwendete Modelldatei</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>Oder lade eines herunter: Es wird anhand seiner SHA-256-Summe geprüft und in Hearths Datenordner aufbewahrt, und ein abgebrochener Download wird beim nächsten Mal fortgesetzt. Kleine Modelle antworten auf dem Prozessor eines Laptops in Sekunden, verstehen aber weniger als große.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>Herunterzuladende Modelldatei</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>Noch keine Endpunktadresse: Gib sie als http(s)://host:port/v1 an.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>Auf diesem Computer oder im lokalen Netz: Anfragen bleiben bei dir zu Hause.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Ein Cloud-Dienst: Anfragen gehen über das Internet dorthin.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Es antwortet nur über Hearths Werkzeuge (strukturierte Ausgabe), und Hearth prüft jede Antwort.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automatisch: {seconds} s, für {why} (das erste Laden kommt hinzu: danach bleibt es geladen).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automatisch: {seconds} s, für {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automatisch: passend zum Endpunkt (länger für einen in deinem Netzwerk).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Ein Plan wartet höchstens {seconds} s (automatisch wären es {automatic} s, für {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Noch keine Modelldatei: Lade eine herunter oder wähle eine Datei</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, etwa {size} MB (heruntergeladen)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, etwa {size} MB</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>llama-cpp-python ist installiert: Hearth kann Modelldateien ausführen.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Eine Modelldatei auszuführen braucht llama-cpp-python, das nicht installiert ist: {install} (oder nenne ein Python, das es hat, als [llm] python in settings.toml oder in {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>GGUF-Modelldatei wählen</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelldateien (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Gewählt: {file} ({size} MB). Übernehmen, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>{model} heruntergeladen und geprüft. Übernehmen, um es zu verwenden.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>keiner aufbewahrt</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Test läuft… {seconds} s (ein lokales Modell muss eventuell erst laden)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Wähle zuerst eine Modelldatei oder lade eine herunter.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Gib zuerst den Endpunkt und das Modell ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Test gestoppt: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Es funktioniert: {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>Funktioniert nicht: {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>Nicht übernommen: {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Übernommen: {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>das Modell hat einen Testbefehl in {seconds} s geplant</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>die Modelldatei wurde in {seconds} s geladen; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned}; die Geschwindigkeit ließ sich nicht messen ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned}; die Geschwindigkeit ließ sich nicht messen.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned}; erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <source>{timed}, {speed} tokens/s</source>
        <translation>{timed}, {speed} Token/s</translation>
    </message>
</context>
<context>
    <name>LiveTranscript</name>
    <message>
        <source>What Hearth hears</source>
        <translation>Was Hearth hört</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● Hört zu (lädt das Spracherkennungsmodell)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● Hört zu… loslassen zum Senden, Esc bricht ab</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>Wird verstanden…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Verbinde mit dem Zuhause …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeite …</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>Frage das Sprachmodell …</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Sehe in deinen Kalendern nach …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Höre zu …</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Assistent anzeigen</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Zuhause anzeigen</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Agenda anzeigen</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Hilfe: diese Liste</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Hearth beenden</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Hilfe und Tastenkürzel (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>Das ist sicherheitsrelevant. Gib deine PIN ein:</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Schnellbefehle</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Schnellbefehle, letzte Befehle und Erinnerungen (diese Arbeitsumgebung zeigt keinen Infobereich)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Diese Arbeitsumgebung zeigt keinen Infobereich, deshalb kann Hearth dort nicht weiterlaufen.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>Hearth jetzt beenden (Erinnerungen und Timer warten dann, bis es wieder startet) oder das Fenster minimieren, damit es weiterläuft? Hearth merkt sich deine Wahl; Strg+Q beendet immer, und die Schnellbefehle findest du im Fenster unter „Schnellbefehle“.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>„{message}“ {minutes} Minuten schlummern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>„{message}“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>Die Erinnerung „{message}“ und ihre Wiederholungen löschen</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>Die Erinnerung „{message}“ löschen</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Diese Erinnerung und jede ihrer Wiederholungen beenden</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Diese Erinnerung beenden</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Aktuelle PIN:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>4 bis 12 Ziffern. Hearth bewahrt nur einen gesalzenen Hash davon auf.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Die beiden neuen PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>die Erinnerung wurde aus Hearths Speicher zurückgelesen</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>die %n Erinnerungen wurden aus Hearths Speicher zurückgelesen</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>der Termin wurde aus dem Kalender zurückgelesen</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>die %n Termine wurden aus dem Kalender zurückgelesen</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>der Timer wurde aus Hearths Speicher zurückgelesen</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>die %n Timer wurden aus Hearths Speicher zurückgelesen</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>jede Änderung wurde am Gerät geprüft</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 Geräteänderung am Gerät geprüft</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>%n Geräteänderungen am Gerät geprüft</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first}, und {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>Der Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>1 von {total} Schritten ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>%n von {total} Schritten sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 Änderung konnte noch nicht bestätigt werden (sie läuft vielleicht noch).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>%n Änderungen konnten noch nicht bestätigt werden (sie laufen vielleicht noch).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Erledigt: {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>1 Schritt übersprungen.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>%n Schritte übersprungen.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Warnung: {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Einbeziehen: {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>braucht den Code von {device}</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} hat einen eigenen Code: Du gibst ihn beim Bestätigen ein, und Hearth speichert ihn nie</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Diesen Plan abbrechen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Diese Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Zurücksetzen, was dieser Plan geändert hat (entriegelt oder öffnet nie)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Eingabe gibt frei · Esc bricht ab</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>Plan: {text}</source>
        <translation>Plan: {text}</translation>
    </message>
    <message>
        <source>Plan: {text}. {words}</source>
        <translation>Plan: {text}. {words}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan · %n steps</source>
        <translation>Plan · %n Schritte</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>braucht deine Freigabe</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>Ich habe Wörter korrigiert, die ich vielleicht falsch verstanden habe: Prüfe das vor der Freigabe.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>Ich habe geraten, welches Gerät du meinst: Prüfe das vor der Freigabe.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Ausgewählten freigeben (%n von {total})</numerusform>
            <numerusform>Ausgewählte freigeben (%n von {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Esc überspringt den Schritt</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>lief von selbst: geringes Risiko, und automatisches Ausführen ist an</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>stellt den vorherigen Zustand wieder her</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>an, {percent} %</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>{percent} % offen</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>Lautstärke {percent} %</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} zu erledigen</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name}: {state} (keine Änderung)</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Abgebrochen: Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Rückgängig angefordert</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>Hearth darf das Mikrofon nicht verwenden: Erlaube es in den Datenschutzeinstellungen des Systems</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>Das Spracherkennungsmodell „{model}“ ist nicht installiert: Wähle ein anderes oder lade es unten herunter.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>Das Spracherkennungsmodell „{model}“ ist nicht installiert: Wähle ein anderes oder lade es herunter, unter Einstellungen › Spracheingabe.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Noch kein Spracherkennungsmodell für die Sprache der Befehle ({language}): Lade unten eines herunter (ein kleines hat etwa 40 MB).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Noch kein Spracherkennungsmodell für die Sprache der Befehle ({language}): Lade eines unter Einstellungen › Spracheingabe herunter (ein kleines hat etwa 40 MB).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth verbindet sich noch mit dem Zuhause.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>Zuhören fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>Ich habe nichts gehört. Halte die Taste gedrückt, während du sprichst.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Halten zum Sprechen ({keys}); loslassen zum Senden; Esc bricht ab. Ein Klick hört zu, bis du eine Pause machst.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Zuhören bis zur Pause (erneut klicken zum Beenden)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>Die Taste wirkt in jedem Fenster: Sie ist ein globales Tastenkürzel über das Desktop-Portal (der Desktop hat sie auf {keys} gesetzt).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>Die Taste wirkt in jedem Fenster: Sie ist ein globales Tastenkürzel über das Desktop-Portal.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>Die Taste wirkt, solange Hearths Fenster aktiv ist: Dieser Desktop bietet kein Portal für globale Tastenkürzel ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>Die Taste wirkt, solange Hearths Fenster aktiv ist: Dieser Desktop bietet kein Portal für globale Tastenkürzel.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Höre zu …</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Zuhören &amp;beenden</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>Hearth konnte nicht zuhören</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Zuhören</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Schnellbefehle</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 bearbeitet den ausgewählten Befehl, Entf entfernt ihn, Alt+Hoch und Alt+Runter verschieben ihn</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Einen Befehl hinzufügen, z. B. „schalte das Licht an der Haustür ein“</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Neuer Schnellbefehl</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Schnellbefehl hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>Den ausgewählten Schnellbefehl bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>Den ausgewählten Schnellbefehl entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>Den ausgewählten Schnellbefehl nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>Den ausgewählten Schnellbefehl nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>Die Zeit ist um: {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Erinnerung: {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>Verspätet — der {length}-Timer lief {words} ab ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>Der {length}-Timer lief {words} ab</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>Verspätet — fällig war sie {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Fällig war sie {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Fällig {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · wiederholt sich {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Hearth-Erinnerung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Ausblenden (Esc): Die Erinnerung wartet weiter im Infobereich</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung ausblenden</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>{minutes} Min. &amp;schlummern</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>„{message}“ für {minutes} Minuten schlummern</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>„{message}“ schließen</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>„{message}“ als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Opening any cover, blind or curtain</source>
        <extracomment>The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window&apos;s translations (a changed wording shows in English until it is translated).</extracomment>
        <translation>Öffnen jeder Abdeckung, Jalousie oder jedes Vorhangs</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Bewegen jeder Abdeckung, Jalousie oder jedes Vorhangs</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Scharfschalten der Alarmanlage</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>Ändern der Temperatur eines Thermostats</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Umschalten zwischen Heiz- und Kühlmodi</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Ausführen von Szenen</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Ausführen von Skripten</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Verschieben von Kalenderterminen</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Löschen von Kalenderterminen</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>jede Art von Gerät</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>in jedem Raum</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>in 1 Raum</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>in %n Räumen</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>nur, was ohne Bestätigung läuft</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>bis zu dem, was eine Bestätigung braucht, nie, was die PIN braucht</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>alles, sicherheitsrelevante Schritte mit der PIN</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Darf {devices} {rooms} benutzen; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Wer an diesem Computer was tun darf und was die PIN des Eigentümers braucht. Jeder Teil wird wirksam, wenn du seinen eigenen Knopf drückst; etwas davon zu lockern braucht die PIN.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Sicherheitsmeldung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Profil &amp;wechseln …</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Sicherheitseinstellungen nicht in Kraft</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>Änderungen der Datei ü&amp;bernehmen …</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>Die Sicherheitseinstellungen der Einstellungsdatei übernehmen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>PIN-Status</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN festlegen …</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>Die PIN festlegen oder ändern</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>PIN &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Die PIN entfernen</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Die PIN auch verlangen für</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Entriegeln, das Öffnen von Türen, Garagentoren, Toren und Fenstern sowie das Entschärfen der Alarmanlage brauchen sie immer.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>PIN-Auswahl &amp;übernehmen</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Übernehmen, was die PIN braucht</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>Was Hearth sehen darf</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>Die Geräte, die Home Assistant für Assist &amp;freigibt</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>Den freigegebenen Geräten von Home Assistant folgen</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Jedes Gerät</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Jedes Gerät sehen</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>Angehakte Geräte sind verborgen: Kein Plan kann sie sehen oder steuern.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Vor Hearth verborgene Geräte</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Geräteauswahl über&amp;nehmen</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Übernehmen, was Hearth sehen darf</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Ein Gerät zu verbergen wirkt sofort; mehr zu sehen wirkt beim nächsten Start von Hearth.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>Keine PIN kann festgelegt oder geprüft werden: {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>Eine PIN ist festgelegt: Sicherheitsrelevante Schritte und Profilwechsel brauchen sie.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>Keine PIN festgelegt: Sicherheitsrelevante Schritte verlangen stattdessen eine getippte Bestätigung, und Profile können nicht gewechselt werden.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;PIN ändern …</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Aktiv. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Lege zuerst eine PIN fest: Der Profilwechsel braucht sie.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Zum Profil „{profile}“ wechseln</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>Keine PIN eingegeben: Das Profil wurde nicht gewechselt.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Jetzt wird das Profil „{profile}“ verwendet.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN geändert.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>PIN festgelegt. Sicherheitsrelevante Schritte brauchen sie jetzt.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>PIN entfernt: Sicherheitsrelevante Schritte verlangen stattdessen eine getippte Bestätigung.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Für manche Aktionen nicht mehr nach der PIN fragen</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Gespeichert: was die PIN braucht.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Hearth mehr Geräte sehen lassen</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Gespeichert: was Hearth sehen darf.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>Neu gezeigte Geräte erscheinen beim nächsten Start von Hearth.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>Die Sicherheitseinstellungen der Einstellungsdatei anwenden</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>Keine PIN eingegeben: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Angewendet: Die Sicherheitseinstellungen der Einstellungsdatei gelten.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Nicht geändert: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Spracheingabe</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Drücken zum Sprechen: das Spracherkennungsmodell, das Mikrofon und die Taste, die beim Sprechen gehalten wird. Diese Seite öffnet sich, sobald die Spracherkennung gestartet ist.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Einstellungsmeldung</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Wie die Änderungen dieser Seite wirksam werden</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>Hearth steuert die Geräte deines Home Assistant oder ein ausgedachtes Demo-Zuhause, um es auszuprobieren, ohne dass etwas Echtes geschaltet wird.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Das &amp;Demo-Zuhause verwenden</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Das Demo-Zuhause verwenden</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Mit &amp;Home Assistant verbinden</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Mit Home Assistant verbinden</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>Wo dieser Computer steht, sagt Hearth, welcher Raum mit „die Lichter“ gemeint ist, und die Sprache ist die, in der du schreibst oder sprichst.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Bereich dieses Computers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Befehle, Antworten und die Beschriftungen des Fensters wechseln nach dem Speichern in die Sprache.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>Änderungen hier gelten nach dem Speichern ab dem nächsten Befehl.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>Befehle mit geringem Risiko ohne Nachfrage aus&amp;führen</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Befehle mit geringem Risiko ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Lichter, Schalter und Musik laufen sofort, wenn Hearth sicher ist, was du meinst. Schlösser, Türen, Alarmanlagen und alles, was es nur ungefähr verstanden hat, fragen immer zuerst.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>Hearth beim Schließen des Fensters im &amp;Infobereich behalten</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Hearth bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Hearth bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>Hearth startet dann bei der Anmeldung im Infobereich (oder minimiert), damit Erinnerungen auslösen. Das gilt sofort: Speichern ist nicht nötig.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Schnellbefehle</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>Deine Lieblingsbefehle, einen Klick entfernt im Menü des Infobereichs. Ein Befehl, der deine Bestätigung braucht, öffnet das Fenster mit seinem Plan, statt auszuführen.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>Dein Verlauf, deine Erinnerungen, der lokale Kalender und der Zustand des Demo-Zuhauses bleiben auf diesem Computer, hier.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Einen anderen Datenordner wählen</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>Ein neuer Datenordner wird ab dem nächsten Start verwendet: Er bekommt eine Kopie dessen, was ihm fehlt, und aus dem alten wird nichts gelöscht. Das Home-Assistant-Token liegt in keinem der beiden Ordner: Es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR legt den Datenordner für diese Sitzung fest</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Hier gibt es noch nichts einzustellen.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>Änderungen auf dieser Seite werden mit ihren eigenen Knöpfen wirksam; Speichern ist nicht nötig.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>Änderungen auf dieser Seite werden mit ihren eigenen Knöpfen wirksam. Andere Seiten haben ungespeicherte Änderungen: Speichere oder verwirf sie hier.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Gespeichert, aber nicht übernommen: {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Gespeichert. Das gewählte Zuhause und der Datenordner gelten ab dem nächsten Start von Hearth.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Diesen Schritt bei der Freigabe einschließen</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>Hearth schaut in deine Kalender</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>Hearth fragt das Sprachmodell nach einem Plan</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Schaue in deine Kalender …</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Frage das Sprachmodell nach einem Plan …</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeite</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Ein Modell auf diesem Computer oder im lokalen Netz kann eine Weile brauchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Nicht mehr in den Kalendern nachschauen</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Das Sprachmodell nicht mehr fragen</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Lade das Modell … {waited} s (danach bis zu {budget} s für die Antwort)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s von bis zu {budget} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>verbinde mit dem Zuhause …</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>arbeitet …</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>hört zu …</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>schaut in deine Kalender …</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Drücken zum Sprechen braucht ein Spracherkennungsmodell: Installiere eines unter Einstellungen › Spracheingabe</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Fehlgeschlagen — {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Nicht bestätigt — {step} (bitte prüfen)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Erledigt — {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Hearth — {state}</source>
        <translation>Hearth – {state}</translation>
    </message>
    <message>
        <source>1 reminder waiting</source>
        <translation>1 Erinnerung wartet</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>%n Erinnerungen warten</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>„{text}“ ausführen</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Noch keine Schnellbefehle (in den Einstellungen hinzufügen)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>&amp;Letzte Befehle</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>„{text}“ erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>Hearth &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>Hearth &amp;beenden</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>Erin&amp;nerungen ({count} wartend)</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Erin&amp;nerungen</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>War fällig um {time} (verspätet)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>War fällig um {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>Die A&amp;genda öffnen</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth verbindet sich noch mit dem Zuhause.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>Hearth läuft weiter</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Schnellbefehle und Erinnerungen sind hier im Infobereich. Beenden über sein Menü.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPage</name>
    <message>
        <source>Voice</source>
        <translation>Spracheingabe</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Status der Spracheingabe</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Spracherkennungsmodelle</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Zu verwendendes Spracherkennungsmodell</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwenden:</translation>
    </message>
    <message>
        <source>Installed speech models</source>
        <translation>Installierte Spracherkennungsmodelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Phrasenlisten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Das ausgewählte Spracherkennungsmodell entfernen</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>Hearth bewahrt seine Modelle in {folder} auf.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Ein Modell herunterladen</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>Die kleinen Modelle von Vosk sind etwa 40–90 MB groß und funktionieren nach dem Herunterladen offline. Wähle eines oder füge die Adresse eines Modell-ZIPs (oder den Pfad einer ZIP-Datei) ein.</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Herunterzuladendes Modell</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Weitere &amp;Modelle …</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>Die herunterladbaren Modelle auflisten</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>Die Modellliste von Vosk abrufen (braucht das Netz)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Drücken zum Sprechen</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Taste, die beim Sprechen gehalten wird</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>Zum Sprechen &amp;halten:</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Wo die Sprechtaste wirkt</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Einen &amp;Ton spielen, wenn das Zuhören beginnt und endet</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Tonsignal</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Nötige Sicherheit, um ohne Nachfrage auszuführen</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>&amp;Ungesehen ausführen ab:</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Ein gesprochener Befehl, der mit weniger Sicherheit erkannt wurde oder aus den anderen Dingen stammt, die Hearth gehört haben könnte, wird dir immer zuerst zur Freigabe gezeigt.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Auch auf &amp;freien Text hören</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Freie Erkennung</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>Freier Text ist das, was in Erinnerungen und Einkaufsposten steht. Hearth hört vor allem auf die Namen und Befehle deines Zuhauses; freier Text braucht einen zweiten Durchgang über die Sprachaufnahme, was mehr Rechenzeit kostet.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>Nicht verwendbar: {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Halte {keys} (oder die Schaltfläche Sprechen) gedrückt und sprich; loslassen sendet. Ein Klick auf Sprechen oder Zuhören im Infobereich hört zu, bis du eine Pause machst; Esc bricht ab. Hearth hört dich offline mit einem Vosk-Spracherkennungsmodell und achtet auf die Namen deines Zuhauses.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automatisch: das erste Modell für die Sprache</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (nicht installiert)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Noch kein Spracherkennungsmodell installiert: Lade unten eines herunter.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Bereit: {model} ({language}), geladen. Sprache der Befehle: {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Bereit: {model} ({language}), lädt beim ersten Sprechen. Sprache der Befehle: {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>{model} installiert, ein Modell für eine andere Sprache ({language}): Wähle es oben und dieselbe Sprache unter Dieser Computer, um es zu verwenden.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>Sprache unbekannt</translation>
    </message>
    <message>
        <source>{model} ({language}, {size})</source>
        <translation>{model} ({language}, {size})</translation>
    </message>
    <message>
        <source>{model} ({language})</source>
        <translation>{model} ({language})</translation>
    </message>
    <message>
        <source>{model} — suggested</source>
        <translation>{model} — empfohlen</translation>
    </message>
    <message>
        <source>{model} came with {origin}: remove it with pip</source>
        <translation>{model} kam mit {origin}: mit pip entfernen</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Das ausgewählte Modell aus dem Datenordner löschen</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>Nicht gespeichert: {file} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>{model} installiert ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Kleine Modelle: {count}; die für Ihre Sprache zuerst.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Liste der Modelle wird abgerufen…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Nicht entfernt: {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Schnellbefehle</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>Deine Lieblingsbefehle, einen Klick entfernt im Menü des Infobereichs. Du kannst sie jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datenordner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>Dein Verlauf, deine Erinnerungen und der Zustand des Demo-Zuhauses bleiben hier, auf diesem Computer.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>_ComputerPage</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>Wo dieser Computer steht, sagt Hearth, welcher Raum mit „die Lichter“ gemeint ist, wenn du keinen nennst.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Bereich dieses Computers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>Befehle mit geringem Risiko ohne Nachfrage aus&amp;führen</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Befehle mit geringem Risiko ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Lichter, Schalter und Musik laufen dann sofort, wenn Hearth sicher ist, was du meinst. Schlösser, Türen und Alarmanlagen fragen immer zuerst.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Lade das Demo-Zuhause …</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>Das Demo-Zuhause konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home}: {count} Räume.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Mit Home Assistant verbinden</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Gib die Adresse deines Home Assistant und ein Zugriffstoken ein und teste dann die Verbindung.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>Das Token konnte nicht aufbewahrt werden: {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>Eine PIN für sicherheitsrelevante Schritte (optional)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>Eine PIN lässt die Schritte, auf die es für deine Sicherheit ankommt, in deiner Hand.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Mit einer PIN entriegelt Hearth Türen, öffnet die Garage oder entschärft die Alarmanlage erst, nachdem du sie eingegeben hast, und niemand an diesem Computer kann ohne sie das Profil wechseln (etwa das Kinderprofil verlassen) oder Hearth mehr Geräte sehen lassen.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>Was die PIN schützt</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Die neue PIN noch einmal</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>PIN-Status</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Without a PIN those steps ask you to type a confirmation instead. Only a scrambled form of the PIN is kept, in the system keyring. Leave this empty and press Skip to decide later in Settings › Safety.</source>
        <translation>Ohne PIN bitten diese Schritte dich stattdessen, eine Bestätigung einzutippen. Nur eine verschlüsselte Form der PIN wird aufbewahrt, im Schlüsselbund des Systems. Lass das Feld leer und drück „Überspringen“, um später unter Einstellungen › Sicherheit zu entscheiden.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Eine PIN kann jetzt nicht festgelegt werden: {error}. Du kannst ohne weitermachen.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Dieser Computer hat schon eine PIN: Sie bleibt, wie sie ist (ändern unter Einstellungen › Sicherheit).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Nicht festgelegt: {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Nicht festgelegt: Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Lege die PIN fest …</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>PIN festgelegt. Sicherheitsrelevante Schritte fragen danach.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>Hearth macht aus dem, was du schreibst oder sagst, einen Plan, zeigt ihn, führt aus, was du freigibst, und prüft, ob es wirklich geschehen ist. Mit welchem Zuhause soll es arbeiten?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>Das Demo-Zuhause &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Das Demo-Zuhause ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>Mit Home Assistant &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Mit Home Assistant verbinden</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Ein ausgedachtes Haus mit Lichtern, Jalousien, Schlössern, einem Thermostat und mehr. Nichts Echtes wird geschaltet; dein Zuhause kannst du später in den Einstellungen verbinden.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Die Geräte deines Home Assistant steuern. Du brauchst seine Adresse und ein langlebiges Zugriffstoken, das Hearth im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
</TS>
