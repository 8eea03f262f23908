<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Over Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Een desktopassistent voor je huis: zeg wat je wilt, bekijk het plan, en Hearth voert het uit en controleert of het gelukt is.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Home Assistant-versie</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licentie:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Instellingen:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wordt gevraagd…</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>Niet gebruikt: dit is het demohuis{name}, verzonnen om Hearth uit te proberen</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>Niet gebruikt: het huis{name} wordt gelezen uit het bestand {file}</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Niet verbonden (gebruikt {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (verbonden)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Verbonden; de versie kwam niet op tijd</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Verbonden; de versie kon niet worden gelezen ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Vandaag · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Morgen · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>gesnoozed</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>herhaalt {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>vanaf {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>tot {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} min snoozen</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>‘herinner me morgen om 8 uur aan het buitenzetten van het afval’ of ‘zet tandarts vrijdag om 3 uur in mijn agenda’</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Komende &amp;7 dagen</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Getoonde datums</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>De agenda&apos;s en herinneringen opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>De agenda vernieuwen</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Herinneringen die op antwoord wachten</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wacht op jou</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Afspraken en herinneringen per dag</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Niets gepland</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Herinnering annuleren</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>De geselecteerde herinnering annuleren (Delete)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>De geselecteerde herinnering annuleren</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Wachten op het huis…</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Agendastatus</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Agenda&apos;s niet gelezen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n afspraken</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 herinnering</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n herinneringen</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} wachtend</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Bijgewerkt om {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Nu niet gelezen: {names}. De andere agenda&apos;s worden getoond; Hearth probeert het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>Verder is er vandaag niets gepland.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>Verder is er de komende 7 dagen niets gepland.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Niets in je agenda&apos;s en geen herinneringen vandaag.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>Niets in je agenda&apos;s en geen herinneringen de komende 7 dagen.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Typ {examples} in de Assistent (Ctrl+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>Wacht op jou · %n herinneringen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Zeg Hearth wat het moet doen, bijv. ‘dim de banklamp naar 30 procent’</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Enter keurt het plan hierboven goed · Esc annuleert · of typ een nieuwe opdracht</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Beantwoord de vraag hierboven met de knoppen · Esc slaat de stap over · of typ een nieuwe opdracht</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Typ wat Hearth moet doen; Omhoog haalt eerdere opdrachten terug</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Even voorbereiden… Ik doe dit zodra het huis is geladen.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>Niet gedaan: Hearth kon het huis niet laden (de statusbalk zegt waarom).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Drukken om te praten heeft een Vosk-spraakmodel nodig: installeer er een in Instellingen › Spraak en houd dan de knop Praten (of de spreektoets) ingedrukt terwijl je praat.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Jij: {text}</translation>
    </message>
    <message>
        <source>Hearth: {text}</source>
        <translation>Hearth: {text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Opdracht versturen</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>De opdracht versturen (Enter)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Praten</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Indrukken om te praten</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>Er is niets te doen.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Even kijken…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Ongedaan maken (deels gedaan)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Gestopt: er is niets gepland.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Vervangen door ‘{command}’: er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>het Home Assistant-token</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>het CalDAV-wachtwoord</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>de API-sleutel van het taalmodel</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>de zegelsleutel van het auditlogboek</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>de hash van de pincode</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>de verzegelde kop van het auditlogboek</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>nog geen endpoint</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>een modelbestand op deze computer</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>een server op deze computer of het lokale netwerk</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>een clouddienst</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>geen bruikbare sleutelbos van het systeem: Hearth bewaart {what} alleen in de sleutelbos van het besturingssysteem ({keyrings}). Start of installeer er een, of stel {variable} in voor deze sessie. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>geen bruikbare sleutelbos van het systeem: Hearth bewaart {what} alleen in de sleutelbos van het besturingssysteem ({keyrings}). Start of installeer er een. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>de voorinstelling {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>het modelbestand {where} is niet binnen {seconds} s geladen</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>het lokale model heeft niet binnen {seconds} s geantwoord; het is gestopt en laadt opnieuw bij het volgende verzoek</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>het taalmodel op {where} heeft niet binnen {seconds} s geantwoord</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>het taalmodel op {where} is niet bereikbaar: draait de server en klopt het adres?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>het taalmodel op {where} weigerde de API-sleutel: stel die in bij Instellingen › Taalmodel</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>het taalmodel op {where} is bezet en vraagt {wait} s te wachten</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>het taalmodel op {where} is bezet</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>het lokale model beantwoordt nog het vorige verzoek</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>het taalmodel op {where} weigerde het verzoek ({status}): controleer het adres en de naam van het model bij Instellingen › Taalmodel</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>Hearth kan het antwoord van {where} niet lezen</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>Hearth kan het antwoord van het taalmodel niet lezen</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (Het taalmodel kon niet helpen: {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>Ik kon het taalmodel niet vragen: {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; heeft de eigen code van {device} nodig. Typ die om de stap uit te voeren (Hearth bewaart hem nooit), of sla de stap over.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code for {device}</source>
        <translation>Code voor {device}</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Deze code gebruiken</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Deze stap overslaan</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Geannuleerd. Wat al gedownload is, blijft bewaard: download opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Uitpakken</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Downloaden</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>{what} downloaden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>De download annuleren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Downloadbericht</translation>
    </message>
    <message>
        <source>Connecting for {name}…</source>
        <translation>Verbinding maken voor {name}…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total} (%p%)</source>
        <translation>{stage}: {done} van {total} (%p%)</translation>
    </message>
    <message>
        <source>{stage} {what}…</source>
        <translation>{stage}: {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>EntityControls</name>
    <message>
        <source>{control} value</source>
        <extracomment>How long a slider (or arrow keys on it) must rest before its plan is made.</extracomment>
        <translation>Waarde van {control}</translation>
    </message>
    <message>
        <source>{control} of {name}</source>
        <translation>{control} van {name}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aanzetten</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Aan/uit</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helderheid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Zonwering</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>{percent}% open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>dicht</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Doeltemperatuur van {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Doeltemperatuur van {name} instellen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Geselecteerd apparaat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Entiteit-ID</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>De laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Terugzetten wat de laatste wijziging hier veranderde (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Lampen, schakelaars, ventilatoren, zonwering en media veranderen hier meteen, met Ongedaan maken. Sloten, garagedeuren, alarmen, scènes en scripts wachten op je goedkeuring in de Assistent (Ctrl+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Geen apparaat geselecteerd</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Selecteer een apparaat in de lijst om de status en bediening te zien.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Selecteer een apparaat in deze ruimte om het te bedienen.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>In geen ruimte</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>Dit apparaat meldt alleen zijn status; hier valt niets te schakelen.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>Terugzetten wat ‘{asked}’ veranderde…</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Teruggezet wat ‘{asked}’ veranderde.</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>Kon niet terugzetten wat ‘{asked}’ veranderde</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Hearth instellen</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>Pincode overslaan</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>De instellingen konden niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>Wat kan ik thuis doen?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Zeg wat ik moet doen, of vraag: ‘doe de lampen beneden uit’, ‘zet de verwarming op 21’, ‘staat de garagedeur open?’</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Enter verstuurt · Omhoog haalt eerdere opdrachten terug · Ctrl+L gaat terug naar het opdrachtveld · een plan wacht op Enter (goedkeuren) of Esc (annuleren)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>Pincode van de eigenaar</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Typ de pincode van de eigenaar:</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Niet ingesteld: noem de ruimte in elke opdracht</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>De agenda vernieuwen</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>De geselecteerde herinnering annuleren</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>De opdracht versturen; met een leeg opdrachtveld het wachtende plan goedkeuren</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Het wachtende plan annuleren (als het opnieuw vraagt om een riskante stap: die stap overslaan), of het plan stoppen dat het taalmodel nog maakt</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Eerdere opdrachten terughalen</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Terug naar het opdrachtveld</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Van het opdrachtveld naar de stappen en knoppen van het wachtende plan</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>De verzoeken doorzoeken</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>De apparaten filteren</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>De laatste wijziging hier terugzetten</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>De instellingen opslaan</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Hulp bij Hearth</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Typ in de Assistent wat je wilt, zoals je het zou zeggen: ‘doe het keukenlicht uit’, ‘staat de garagedeur open?’, ‘herinner me morgen om 8 uur aan het buitenzetten van het afval’. Hearth toont eerst het plan; wat het verandert, wordt daarna op het apparaat gecontroleerd en bewaard in Geschiedenis.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sneltoetsen&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>Nee, overslaan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;{action}?&lt;/b&gt; Dit raakt de beveiliging. Bevestig het apart, of sla het over.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Ja, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Bevestigen: {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Overslaan: {action}</translation>
    </message>
    <message>
        <source>Confirm {action}</source>
        <translation>{action} bevestigen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Succeeded</source>
        <extracomment>Outcomes as words (history&apos;s ``requests.outcome``).</extracomment>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Deels gedaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Niets te veranderen</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Niet begrepen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Alle resultaten</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Vandaag {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gisteren {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>window</source>
        <translation>venster</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>spraak</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>systeemvak</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>opdrachtregel</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>ongedaan maken</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>Huis-weergave</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>huisbestand</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} meer)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Er is niets uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Verzoeken zoeken  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Geschiedenis doorzoeken</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filteren op resultaat</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Run the selected request again</source>
        <translation>Het geselecteerde verzoek opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Het geselecteerde verzoek opnieuw plannen (Enter)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>De getoonde verzoeken exporteren</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>De hier getoonde verzoeken opslaan als CSV of JSON</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Eerdere verzoeken</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Geselecteerd verzoek</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Wachten op het huis…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status van de geschiedenis</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Opnieuw gepland: ‘{text}’. Zie de Assistent (Ctrl+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>De geschiedenis staat uit: er wordt niets vastgelegd.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>‘{text}’ – {outcome}, via: {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>Hearth zei: {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>De geschiedenis kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Niets komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Nog geen verzoeken: wat je Hearth vraagt, verschijnt hier.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (de nieuwste)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>{shown} van {total} verzoeken passen bij het resultaatfilter</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Exporteren mislukt: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>%n verzoek geëxporteerd naar {path}</numerusform>
            <numerusform>%n verzoeken geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>Open in Home Assistant je profiel, dan &lt;b&gt;Beveiliging&lt;/b&gt; → &lt;b&gt;Langdurige toegangstokens&lt;/b&gt; → &lt;b&gt;Token aanmaken&lt;/b&gt;, en plak het hier.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>Home Assistant-URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Een langdurig toegangstoken; bewaard in de sleutelbos</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
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
        <translation>Bewaard in de sleutelbos: laat leeg om het te houden</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Plak een langdurig toegangstoken</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>laatst gebruikt: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n apparaat</numerusform>
            <numerusform>%n apparaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n ruimte</numerusform>
            <numerusform>%n ruimtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Filteren op naam, ruimte of verdieping  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Apparaten filteren</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Het huis laden…</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Aantal apparaten</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Apparaten per verdieping en ruimte</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Apparaatdetails</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n apparaat</numerusform>
            <numerusform>%n apparaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} devices</source>
        <translation>
            <numerusform>%n van {total} apparaten</numerusform>
            <numerusform>%n van {total} apparaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the home</source>
        <translation>Het huis kon niet worden geladen</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>Hearth is nog niet met het huis verbonden.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>Lokaal modelbestand (geen server)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Nooit: alles op deze computer plannen</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Als Hearth &amp;niet zeker is (aanbevolen)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;Eerst, met de eigen planner van Hearth als het model faalt</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Taalmodel</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Voor wat Hearths eigen planner niet kan lezen (‘het is hier te donker’, ‘maak het huis klaar voor filmavond’), kan het een taalmodel vragen: OpenAI, een server in je netwerk zoals Ollama, llama.cpp of vLLM, of een modelbestand dat Hearth zelf draait. Wat het model voorstelt, wordt gecontroleerd en aan je getoond voordat er iets wordt uitgevoerd.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Adres van het endpoint</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Waar het endpoint is</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatisch</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Automatische time-out, afgestemd op het endpoint</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Time-out in seconden</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Gebruikte time-out</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Bewaard in de sleutelbos van het systeem. Lokale servers hebben er meestal geen nodig.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Time-out:</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Het taalmodel vragen:</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>&amp;Vastleggen wat naar het model gaat (voor probleemoplossing)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Vastleggen wat naar het model gaat</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Bij elk verzoek verstuurd: je woorden, de tijd, de ruimte van deze computer, het recente gesprek en de namen, ruimtes en statussen van de apparaten die Hearth mag gebruiken (de belangrijkste, in een groot huis). Nooit het Home Assistant-token of de API-sleutel. Met vastleggen aan gaat het ook naar het logboek van Hearth.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Het taalmodel testen</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>Test sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>De test van het taalmodel stoppen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Taalmodelinstellingen toepassen</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>Status van het taalmodel</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelbestand</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>Te gebruiken modelbestand</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>Een bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Een GGUF-modelbestand op deze computer kiezen</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>Wat een modelbestand nodig heeft om te draaien</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>Het gebruikte modelbestand</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>Of download er een: het wordt gecontroleerd aan de hand van zijn SHA-256 en bewaard in de gegevensmap van Hearth, en een geannuleerde download gaat de volgende keer verder. Kleine modellen antwoorden in seconden op de processor van een laptop, maar begrijpen minder dan grote.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>Te downloaden modelbestand</translation>
    </message>
    <message>
        <source>required</source>
        <translation>vereist</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>Nog geen endpointadres: geef het op als http(s)://host:poort/v1.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>Op deze computer of het lokale netwerk: verzoeken blijven in je huis.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Een clouddienst: verzoeken gaan er via internet heen.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Het antwoordt alleen via de hulpmiddelen van Hearth (gestructureerde uitvoer), en Hearth controleert elk antwoord.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automatisch: {seconds} s, voor {why} (de eerste keer laden komt erbij: daarna blijft het geladen).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automatisch: {seconds} s, voor {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automatisch: afgestemd op het eindpunt (langer voor een in je netwerk).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Een plan wacht hoogstens {seconds} s (automatisch zou {automatic} s zijn, voor {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Nog geen modelbestand: download er een of kies een bestand</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, ongeveer {size} MB (gedownload)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, ongeveer {size} MB</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>llama-cpp-python is geïnstalleerd: Hearth kan modelbestanden draaien.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Een modelbestand draaien vereist llama-cpp-python, dat niet geïnstalleerd is: {install} (of geef een Python die het heeft op als [llm] python in settings.toml, of {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Kies een GGUF-modelbestand</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>GGUF-modelbestanden (*.gguf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Gekozen: {file} ({size} MB). Pas toe om het te gebruiken.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>{model} gedownload en gecontroleerd. Pas toe om het te gebruiken.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>bewaard in de sleutelbos</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>geen bewaard</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Testen… {seconds} s (een lokaal model moet misschien eerst laden)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Kies of download eerst een modelbestand.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Vul eerst het eindpunt en het model in.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Test gestopt: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Het werkt: {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>Werkt niet: {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>Niet toegepast: {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Toegepast: {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>het model plande een testopdracht in {seconds} s</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>het modelbestand laadde in {seconds} s; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned}; de snelheid kon niet worden gemeten ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned}; de snelheid kon niet worden gemeten.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned}; eerste token na {seconds} s</translation>
    </message>
    <message>
        <source>{timed}, {speed} tokens/s</source>
        <translation>{timed}, {speed} tokens/s</translation>
    </message>
</context>
<context>
    <name>LiveTranscript</name>
    <message>
        <source>What Hearth hears</source>
        <translation>Wat Hearth hoort</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● Luistert (spraakmodel wordt geladen)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● Luistert… loslaten om te versturen, Esc om te annuleren</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>Begrijpen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Verbinden met het huis…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>Het taalmodel wordt gevraagd…</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>In je agenda&apos;s kijken…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Luisteren…</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Huis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Assistent tonen</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Huis tonen</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Geschiedenis tonen</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Agenda tonen</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Instellingen tonen</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Hulp: deze lijst</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Hearth afsluiten</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Hulp en sneltoetsen (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Over Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>Dit raakt de beveiliging. Typ je pincode:</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Snelle opdrachten</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Snelle opdrachten, recente opdrachten en herinneringen (deze desktop toont geen systeemvak)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Deze desktop toont geen systeemvak, dus Hearth kan daar niet blijven draaien.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>Hearth nu afsluiten (herinneringen en timers wachten dan tot het weer start), of het venster minimaliseren zodat het blijft draaien? Hearth onthoudt je keuze; Ctrl+Q sluit altijd af, en de snelle opdrachten staan onder ‘Snelle opdrachten’ in het venster.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>‘{message}’ {minutes} minuten snoozen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>‘{message}’ als klaar markeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>De herinnering ‘{message}’ en de herhalingen annuleren</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>De herinnering ‘{message}’ annuleren</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Deze herinnering en elke herhaling ervan stoppen</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Deze herinnering stoppen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>De pincode wijzigen</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Een pincode instellen</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Huidige pincode</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nieuwe pincode nogmaals</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Huidige pincode:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nieuwe pincode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>4 tot 12 cijfers. Hearth bewaart er alleen een gezouten hash van.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>De twee nieuwe pincodes verschillen.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>aan op {percent}%</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>{percent}% open</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>volume {percent}%</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>gedempt</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>geluid aan</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} te doen</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name}: {state} (geen wijziging)</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Laag risico</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Gemiddeld risico</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hoog risico</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>de herinnering is teruggelezen uit de opslag van Hearth</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>de %n herinneringen zijn teruggelezen uit de opslag van Hearth</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>de afspraak is teruggelezen uit de agenda</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>de %n afspraken zijn teruggelezen uit de agenda</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>de timer is teruggelezen uit de opslag van Hearth</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>de %n timers zijn teruggelezen uit de opslag van Hearth</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>elke wijziging is op het apparaat gecontroleerd</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 apparaatwijziging op het apparaat gecontroleerd</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>%n apparaatwijzigingen op de apparaten gecontroleerd</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first}, en {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>De stap is mislukt.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>1 van {total} stappen is mislukt.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>%n van {total} stappen zijn mislukt.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 wijziging kon nog niet worden bevestigd (misschien is die nog bezig).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>%n wijzigingen konden nog niet worden bevestigd (misschien zijn ze nog bezig).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Klaar: {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>1 stap overgeslagen.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>%n stappen overgeslagen.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Waarschuwing: {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Meenemen: {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>heeft de code van {device} nodig</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} heeft een eigen code: je typt die bij het goedkeuren en Hearth bewaart hem nooit</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Dit plan annuleren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Deze wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Terugzetten wat dit plan veranderde (ontgrendelt of opent nooit)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Enter keurt goed · Esc annuleert</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>niets te veranderen</translation>
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
        <translation>Plan · %n stappen</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>zet de vorige toestand terug</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>wacht op je goedkeuring</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>Ik heb woorden verbeterd die ik misschien verkeerd hoorde: controleer dit voor je goedkeurt.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>Ik heb geraden welk apparaat je bedoelde: controleer dit voor je goedkeurt.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Selectie goedkeuren (%n van {total})</numerusform>
            <numerusform>Selectie goedkeuren (%n van {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Esc slaat de stap over</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>vanzelf uitgevoerd: laag risico, en automatisch uitvoeren staat aan</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Geannuleerd: er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Ongedaan maken gevraagd</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Luisteren</translation>
    </message>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>Hearth mag de microfoon niet gebruiken: sta het toe in de privacyinstellingen van het systeem</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>Het spraakmodel ‘{model}’ is niet geïnstalleerd: kies een ander, of download het hieronder.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>Het spraakmodel ‘{model}’ is niet geïnstalleerd: kies een ander, of download het, in Instellingen › Spraak.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Nog geen spraakmodel voor de taal van de opdrachten ({language}): download er hieronder een (een klein model is ongeveer 40 MB).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Nog geen spraakmodel voor de taal van de opdrachten ({language}): download er een in Instellingen › Spraak (een klein model is ongeveer 40 MB).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth maakt nog verbinding met het huis.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>Luisteren mislukt: {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>Ik heb niets gehoord. Houd de toets ingedrukt terwijl je praat.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Ingedrukt houden om te praten ({keys}); loslaten om te versturen; Esc annuleert. Een klik luistert tot je pauzeert.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Luisteren tot je pauzeert (klik opnieuw om te stoppen)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>De toets werkt in elk venster: het is een globale sneltoets via het desktopportaal (de desktop stelde hem in op {keys}).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>De toets werkt in elk venster: het is een globale sneltoets via het desktopportaal.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>De toets werkt zolang het venster van Hearth actief is: deze desktop biedt geen portaal voor globale sneltoetsen ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>De toets werkt zolang het venster van Hearth actief is: deze desktop biedt geen portaal voor globale sneltoetsen.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Luisteren…</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Praten</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Stoppen met &amp;luisteren</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>Hearth kon niet luisteren</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Snelle opdrachten</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 bewerkt de geselecteerde opdracht, Delete verwijdert hem, Alt+Omhoog en Alt+Omlaag verplaatsen hem</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Voeg een opdracht toe, bijv. ‘doe de verandalamp aan’</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Nieuwe snelle opdracht</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Snelle opdracht toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>De geselecteerde snelle opdracht bewerken</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>De geselecteerde snelle opdracht verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>De geselecteerde snelle opdracht omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>De geselecteerde snelle opdracht omlaag verplaatsen</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>De tijd is om: {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Herinnering: {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>Te laat — de timer van {length} liep af {words} ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>De timer van {length} liep af {words}</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>Te laat — het was gepland {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Het was gepland {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Gepland {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · herhaalt {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Herinnering van Hearth</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Sluiten (Esc): de herinnering blijft wachten in het systeemvak</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>De herinnering sluiten</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>{minutes} min &amp;snoozen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>‘{message}’ {minutes} minuten snoozen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>‘{message}’ sluiten</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>‘{message}’ als klaar markeren</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Volwassene</translation>
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
        <translation>Elke zonwering, jaloezie of elk gordijn openen</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Elke zonwering, jaloezie of elk gordijn verplaatsen</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Het alarm inschakelen</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>De temperatuur van een thermostaat wijzigen</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Tussen verwarmings- en koelstanden wisselen</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Scènes uitvoeren</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Scripts uitvoeren</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Agenda-afspraken verplaatsen</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Agenda-afspraken verwijderen</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>elk soort apparaat</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>in elke ruimte</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>in 1 ruimte</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>in %n ruimtes</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>alleen wat zonder bevestiging draait</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>tot wat een bevestiging nodig heeft, nooit wat de pincode nodig heeft</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>alles, beveiligingsgevoelige stappen met de pincode</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Mag {devices} {rooms} gebruiken; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Wie wat mag op deze computer, en waarvoor de pincode van de eigenaar nodig is. Elk deel gaat in met zijn eigen knop; iets ervan versoepelen vraagt de pincode.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Veiligheidsbericht</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Profiel &amp;wisselen…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profiel wisselen</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Veiligheidsinstellingen niet van kracht</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>&amp;Wijzigingen uit het bestand toepassen…</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>De veiligheidsinstellingen uit het instellingenbestand toepassen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Status van de pincode</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;Pincode instellen…</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>De pincode instellen of wijzigen</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>Pincode ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>De pincode verwijderen</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Ook de pincode vragen voor</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Ontgrendelen, deuren, garagedeuren, poorten en ramen openen en het alarm uitschakelen vragen er altijd om.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>Pincodekeuzes &amp;toepassen</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Toepassen waarvoor de pincode nodig is</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>Wat Hearth mag zien</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>De apparaten die Home Assistant aan Assist &amp;blootstelt</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>De blootgestelde apparaten van Home Assistant volgen</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Elk apparaat</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Elk apparaat zien</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>Aangevinkte apparaten zijn verborgen: geen plan kan ze zien of bedienen.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Apparaten filteren</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Apparaten verborgen voor Hearth</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Apparaat&amp;keuzes toepassen</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Toepassen wat Hearth mag zien</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Een apparaat verbergen gaat meteen in; meer zien gaat in bij de volgende start van Hearth.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>Er kan geen pincode worden ingesteld of gecontroleerd: {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>Er is een pincode ingesteld: beveiligingsgevoelige stappen en profielwissels vragen erom.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>Geen pincode ingesteld: beveiligingsgevoelige stappen vragen in plaats daarvan een getypte bevestiging, en profielen kunnen niet worden gewisseld.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;Pincode wijzigen…</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Actief. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Stel eerst een pincode in: profiel wisselen vraagt erom.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Naar het profiel {profile} wisselen</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>Geen pincode gegeven: het profiel is niet gewisseld.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Nu wordt het profiel {profile} gebruikt.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>Pincode gewijzigd.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>Pincode ingesteld. Beveiligingsgevoelige stappen vragen er nu om.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>Pincode verwijderd: beveiligingsgevoelige stappen vragen in plaats daarvan een getypte bevestiging.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Voor sommige acties niet meer om de pincode vragen</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Opgeslagen: waarvoor de pincode nodig is.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Hearth meer apparaten laten zien</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Opgeslagen: wat Hearth mag zien.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>Nieuw getoonde apparaten verschijnen bij de volgende start van Hearth.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>De veiligheidsinstellingen uit het instellingenbestand toepassen</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>Geen pincode gegeven: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Toegepast: de veiligheidsinstellingen uit het instellingenbestand zijn van kracht.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Niet gewijzigd: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Spraak</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Indrukken om te praten: het spraakmodel, de microfoon en de toets die je ingedrukt houdt tijdens het spreken. Deze pagina opent zodra de spraakengine gestart is.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Taalmodel</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Bericht van de instellingen</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Hoe de wijzigingen op deze pagina ingaan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen terugdraaien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>Hearth bedient de apparaten van je Home Assistant, of een verzonnen demohuis om het uit te proberen zonder iets echts te schakelen.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Het &amp;demohuis gebruiken</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Het demohuis gebruiken</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Verbinden met &amp;Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Verbinden met Home Assistant</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>Waar deze computer staat, vertelt Hearth welke ruimte ‘de lampen’ betekent, en de taal is die waarin je typt of spreekt.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Ruimte van deze computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Opdrachten, antwoorden en de labels van het venster schakelen over naar de taal zodra die is opgeslagen.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>Wijzigingen hier gelden na het opslaan voor de volgende opdracht.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>Opdrachten met laag risico uitvoeren &amp;zonder te vragen</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Opdrachten met laag risico uitvoeren zonder te vragen</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Lampen, schakelaars en muziek worden meteen uitgevoerd als Hearth zeker weet wat je bedoelde. Sloten, deuren, alarmen en alles wat het los begreep, vragen altijd eerst.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>Hearth in het &amp;systeemvak houden als het venster sluit</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>In het systeemvak blijven draaien als het venster sluit</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Hearth starten als ik &amp;inlog</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Hearth starten als ik inlog</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>Hearth start dan in het systeemvak (of geminimaliseerd) als je inlogt, zodat herinneringen afgaan. Dit geldt meteen: opslaan is niet nodig.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij inloggen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Snelle opdrachten</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>Je favoriete opdrachten, één klik weg in het menu van het systeemvak. Een opdracht die je bevestiging nodig heeft, opent het venster met het plan in plaats van uit te voeren.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>Je geschiedenis, herinneringen, de lokale agenda en de toestand van het demohuis blijven op deze computer, hier.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Een andere gegevensmap kiezen</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Instellingen:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>Een nieuwe gegevensmap wordt gebruikt vanaf de volgende start: hij krijgt een kopie van wat hij mist, en uit de oude wordt niets verwijderd. Het Home Assistant-token staat in geen van beide: het wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR bepaalt de gegevensmap voor deze sessie</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Hier valt nog niets in te stellen.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>Wijzigingen op deze pagina gaan in met haar eigen knoppen; opslaan is niet nodig.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>Wijzigingen op deze pagina gaan in met haar eigen knoppen. Andere pagina&apos;s hebben niet-opgeslagen wijzigingen: sla ze hier op of draai ze terug.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Opgeslagen, maar niet toegepast: {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Opgeslagen. Het gekozen huis en de gegevensmap gelden vanaf de volgende start van Hearth.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Deze stap meenemen bij het goedkeuren</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>Hearth kijkt in je agenda&apos;s</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>Hearth vraagt het taalmodel om een plan</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>In je agenda&apos;s kijken…</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Het taalmodel om een plan vragen…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Een model op deze computer of het lokale netwerk kan even duren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Stoppen met kijken in de agenda&apos;s</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Stoppen met het taalmodel vragen</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Model laden… {waited} s (daarna tot {budget} s voor het antwoord)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s van maximaal {budget} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>verbinden met het huis…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>bezig…</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>luisteren…</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>in je agenda&apos;s kijken…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Drukken om te praten heeft een spraakmodel nodig: installeer er een in Instellingen › Spraak</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Mislukt — {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Niet bevestigd — {step} (controleer dit)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Er is niets uitgevoerd.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Klaar — {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
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
        <translation>1 herinnering wacht</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>%n herinneringen wachten</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>‘{text}’ uitvoeren</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Nog geen snelle opdrachten (voeg ze toe in Instellingen)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>&amp;Recente opdrachten</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>‘{text}’ opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>Hearth &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>Hearth af&amp;sluiten</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>Her&amp;inneringen ({count} wachtend)</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Her&amp;inneringen</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>Was gepland om {time} (te laat)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>Was gepland om {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>De &amp;agenda openen</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth maakt nog verbinding met het huis.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>Hearth draait nog</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Snelle opdrachten en herinneringen staan hier in het systeemvak. Afsluiten doe je via het menu.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPage</name>
    <message>
        <source>Voice</source>
        <translation>Spraak</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Spraakstatus</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Spraakmodellen</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Te gebruiken spraakmodel</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Gebruiken:</translation>
    </message>
    <message>
        <source>Installed speech models</source>
        <translation>Geïnstalleerde spraakmodellen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Zinnenlijsten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Het geselecteerde spraakmodel verwijderen</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>Hearth bewaart zijn modellen in {folder}.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Een model downloaden</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>De kleine modellen van Vosk zijn zo&apos;n 40–90 MB en werken offline zodra ze gedownload zijn. Kies er een, of plak het adres van een model-zip (of het pad van een zipbestand).</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Te downloaden model</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Meer &amp;modellen…</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>De downloadbare modellen tonen</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>De modellenlijst van Vosk ophalen (heeft het netwerk nodig)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Indrukken om te praten</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Toets om ingedrukt te houden tijdens het spreken</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>&amp;Ingedrukt houden om te praten:</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Waar de spreektoets werkt</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Een &amp;geluid afspelen als het luisteren begint en stopt</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Geluidssignaal</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Zekerheid nodig om zonder vragen uit te voeren</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>&amp;Ongezien uitvoeren vanaf:</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Een gesproken opdracht die met minder zekerheid dan dit is gehoord, of gekozen uit de andere dingen die Hearth gehoord kan hebben, wordt je altijd eerst ter goedkeuring getoond.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Ook luisteren naar &amp;vrije tekst</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Vrije herkenning</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>Vrije tekst is wat herinneringen en boodschappen zeggen. Hearth luistert vooral naar de eigen namen en opdrachten van je huis; vrije tekst vraagt een tweede ronde over de spraak, wat meer processortijd kost.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>Niet bruikbaar: {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Houd {keys} (of de knop Praten) ingedrukt en praat; loslaten verstuurt. Een klik op Praten, of Luisteren in het systeemvak, luistert tot je pauzeert; Esc annuleert. Hearth hoort je offline met een Vosk-spraakmodel en luistert naar de eigen namen van je huis.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automatisch: het eerste model voor de taal</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (niet geïnstalleerd)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Nog geen spraakmodel geïnstalleerd: download er hieronder een.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Klaar: {model} ({language}), geladen. Taal van de opdrachten: {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Klaar: {model} ({language}), laadt wanneer je voor het eerst praat. Taal van de opdrachten: {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>{model} geïnstalleerd, een model voor een andere taal ({language}): kies het hierboven, en dezelfde taal onder Deze computer, om het te gebruiken.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>taal onbekend</translation>
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
        <translation>{model} — aanbevolen</translation>
    </message>
    <message>
        <source>{model} came with {origin}: remove it with pip</source>
        <translation>{model} kwam mee met {origin}: verwijder het met pip</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Het geselecteerde model uit de gegevensmap verwijderen</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>Niet opgeslagen: kan {file} niet schrijven: {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>{model} geïnstalleerd ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Kleine modellen: {count}; die voor uw taal eerst.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Lijst met modellen ophalen…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Niet verwijderd: {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Snelle opdrachten</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>Je favoriete opdrachten, één klik weg in het menu van het systeemvak. Je kunt ze altijd wijzigen in Instellingen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gegevensmap&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>Je geschiedenis, herinneringen en de toestand van het demohuis blijven hier, op deze computer.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>_ComputerPage</name>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>Waar deze computer staat, vertelt Hearth welke ruimte ‘de lampen’ betekent als je het niet zegt.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Ruimte van deze computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>Opdrachten met laag risico uitvoeren &amp;zonder te vragen</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Opdrachten met laag risico uitvoeren zonder te vragen</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Lampen, schakelaars en muziek worden dan meteen uitgevoerd als Hearth zeker weet wat je bedoelde. Sloten, deuren en alarmen vragen altijd eerst.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Het demohuis laden…</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>Het demohuis kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home}: {count} ruimtes.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>Niet uitgevoerd</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Verbinden met Home Assistant</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Vul het adres van je Home Assistant en een toegangstoken in, en test dan de verbinding.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>Het token kon niet worden bewaard: {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>Een pincode voor beveiligingsgevoelige stappen (optioneel)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>Een pincode houdt de stappen die voor je veiligheid tellen in jouw handen.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Met een pincode ontgrendelt Hearth deuren, opent het de garage of schakelt het het alarm uit pas nadat je hem typt, en niemand aan deze computer kan zonder de pincode van profiel wisselen (het kinderprofiel verlaten, bijvoorbeeld) of Hearth meer apparaten laten zien.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>Wat de pincode beschermt</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 tot 12 cijfers</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>De nieuwe pincode nogmaals</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Status van de pincode</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>Without a PIN those steps ask you to type a confirmation instead. Only a scrambled form of the PIN is kept, in the system keyring. Leave this empty and press Skip to decide later in Settings › Safety.</source>
        <translation>Zonder pincode vragen die stappen je in plaats daarvan een bevestiging te typen. Alleen een versleutelde vorm van de pincode wordt bewaard, in de sleutelbos van het systeem. Laat dit leeg en druk op Overslaan om later te beslissen in Instellingen › Veiligheid.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Er kan nu geen pincode worden ingesteld: {error}. Je kunt zonder verder.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Deze computer heeft al een pincode: die blijft zoals hij is (wijzig hem in Instellingen › Veiligheid).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Niet ingesteld: {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Niet ingesteld: de twee pincodes verschillen.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Pincode instellen…</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>Pincode ingesteld. Beveiligingsgevoelige stappen vragen erom.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Welkom bij Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>Hearth maakt van wat je typt of zegt een plan, toont het, voert uit wat je goedkeurt en controleert of het echt gebeurd is. Met welk huis moet het werken?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>Het demohuis &amp;proberen</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Het demohuis proberen</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>&amp;Verbinden met Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Verbinden met Home Assistant</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Een verzonnen huis met lampen, zonwering, sloten, een thermostaat en meer. Er wordt niets echts geschakeld; je kunt je huis later verbinden in Instellingen.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Bedien de apparaten van je Home Assistant. Je hebt het adres nodig en een langdurig toegangstoken, dat Hearth in de sleutelbos van het systeem bewaart.</translation>
    </message>
</context>
</TS>
