<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Informazioni su Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Un assistente desktop per la tua casa: di&apos; cosa vuoi, controlla il piano, e Hearth lo esegue e verifica che sia successo.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Versione di Home Assistant</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenza:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Impostazioni:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogo il server…</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>Non usato: questa è la casa dimostrativa{name}, inventata per provare Hearth</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>Non usato: la casa{name} viene letta dal file {file}</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Non connesso (usa {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (connesso)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Connesso; non ha indicato la sua versione in tempo</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Connesso; non è stato possibile leggere la versione ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Oggi · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Domani · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>posticipato</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>si ripete {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>fino al {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>dalle {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>fino alle {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posticipa di {minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>«ricordami domani alle 8 di portare fuori la spazzatura» o «aggiungi dentista venerdì alle 3 al mio calendario»</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Prossimi &amp;7 giorni</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Date mostrate</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>Rileggi i calendari e i promemoria (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>Aggiorna l&apos;agenda</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Promemoria in attesa di risposta</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>In attesa di te</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Eventi e promemoria per giorno</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Niente in programma</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Annulla promemoria</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>Annulla il promemoria selezionato (Canc)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Annulla il promemoria selezionato</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>In attesa della casa…</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Stato dell&apos;agenda</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Calendari non letti</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n eventi</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 promemoria</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n promemoria</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} in attesa</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aggiornato alle {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Non letti per ora: {names}. Gli altri calendari sono mostrati; Hearth riprova tra un minuto.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>Nient&apos;altro in programma oggi.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>Nient&apos;altro in programma nei prossimi 7 giorni.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Niente nei tuoi calendari e nessun promemoria oggi.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>Niente nei tuoi calendari e nessun promemoria nei prossimi 7 giorni.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Scrivi {examples} nell&apos;Assistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>In attesa di te · %n promemoria</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Di&apos; a Hearth cosa fare, ad es. «abbassa la lampada del divano al 30 per cento»</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Invio approva il piano qui sopra · Esc lo annulla · oppure scrivi un nuovo comando</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Rispondi alla domanda qui sopra con i suoi pulsanti · Esc salta il passo · oppure scrivi un nuovo comando</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Scrivi cosa deve fare Hearth; Su richiama i comandi precedenti</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Mi preparo… Lo farò appena la casa sarà caricata.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>Non fatto: Hearth non è riuscito a caricare la casa (la barra di stato dice perché).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Premi per parlare richiede un modello vocale Vosk: installane uno in Impostazioni › Voce, poi tieni premuto il pulsante Parla (o il tasto per parlare) mentre parli.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Tu: {text}</translation>
    </message>
    <message>
        <source>Hearth: {text}</source>
        <translation>Hearth: {text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Invia comando</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>Invia il comando (Invio)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parla</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Premi per parlare</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>Non c&apos;è niente da fare.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Controllo…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Annulla (fatto in parte)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Fermato: non è stato pianificato niente.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Sostituito da «{command}»: non è stato eseguito niente.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>il token di Home Assistant</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>la password CalDAV</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>la chiave API del modello linguistico</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>la chiave di sigillo del registro di controllo</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>l&apos;hash del PIN</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>la testa sigillata del registro di controllo</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>nessun endpoint per ora</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>un file di modello su questo computer</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>un server su questo computer o nella rete locale</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>un servizio cloud</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>nessun portachiavi di sistema utilizzabile: Hearth conserva {what} solo nel portachiavi del sistema ({keyrings}). Avviane o installane uno, oppure imposta {variable} per questa sessione. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>nessun portachiavi di sistema utilizzabile: Hearth conserva {what} solo nel portachiavi del sistema ({keyrings}). Avviane o installane uno. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>il profilo predefinito {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>il file di modello {where} non si è caricato entro {seconds} s</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>il modello locale non ha risposto entro {seconds} s; è stato fermato e si ricarica con la prossima richiesta</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>il modello linguistico su {where} non ha risposto entro {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>impossibile raggiungere il modello linguistico su {where}: il server è avviato e l&apos;indirizzo è giusto?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>il modello linguistico su {where} ha rifiutato la chiave API: impostala in Impostazioni › Modello linguistico</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>il modello linguistico su {where} è occupato e chiede di attendere {wait} s</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>il modello linguistico su {where} è occupato</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>il modello locale sta ancora rispondendo alla richiesta precedente</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>il modello linguistico su {where} ha rifiutato la richiesta ({status}): controlla l&apos;indirizzo e il nome del modello in Impostazioni › Modello linguistico</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>Hearth non riesce a leggere la risposta di {where}</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>Hearth non riesce a leggere la risposta del modello linguistico</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (Il modello linguistico non ha potuto aiutare: {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>Non ho potuto interrogare il modello linguistico: {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; richiede il codice di {device}. Digitalo per eseguire il passo (Hearth non lo conserva mai), oppure salta il passo.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Code for {device}</source>
        <translation>Codice per {device}</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Usa questo codice</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Salta questo passo</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Annullato. Quanto scaricato viene conservato: scarica di nuovo per riprendere.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Estrazione</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Scarica</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>Scarica: {what}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annulla il download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Messaggio del download</translation>
    </message>
    <message>
        <source>Connecting for {name}…</source>
        <translation>Connessione per {name}…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total} (%p%)</source>
        <translation>{stage}: {done} di {total} (%p%)</translation>
    </message>
    <message>
        <source>{stage} {what}…</source>
        <translation>{stage}: {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>EntityControls</name>
    <message>
        <source>{control} value</source>
        <extracomment>How long a slider (or arrow keys on it) must rest before its plan is made.</extracomment>
        <translation>Valore di {control}</translation>
    </message>
    <message>
        <source>{control} of {name}</source>
        <translation>{control} di {name}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Accendi</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosità</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Tapparella</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>aperto al {percent}%</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Temperatura obiettivo di {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Imposta la temperatura obiettivo di {name}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Spegni</translation>
    </message>
    <message>
        <source>off</source>
        <translation>spento</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Dispositivo selezionato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID entità</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Ripristina ciò che l&apos;ultima modifica qui ha cambiato (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Luci, interruttori, ventilatori, tapparelle e media cambiano subito qui, con la possibilità di annullare. Serrature, porte del garage, allarmi, scene e script aspettano la tua approvazione nell&apos;Assistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Nessun dispositivo selezionato</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Seleziona un dispositivo nell&apos;elenco per vederne lo stato e i comandi.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Seleziona un dispositivo in questa zona per controllarlo.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>In nessuna zona</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>Questo dispositivo indica solo il suo stato; qui non c&apos;è niente da azionare.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>Ripristino di ciò che «{asked}» ha cambiato…</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Ripristinato ciò che «{asked}» ha cambiato.</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>Impossibile ripristinare ciò che «{asked}» ha cambiato</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Configura Hearth</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>Salta il PIN</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossibile salvare le impostazioni: {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>Cosa posso fare in casa?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Dimmi cosa fare, o chiedi: «spegni le luci di sotto», «imposta il riscaldamento a 21», «la porta del garage è aperta?»</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Invio invia · Su richiama i comandi precedenti · Ctrl+L torna alla casella dei comandi · un piano attende Invio (approva) o Esc (annulla)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN del proprietario</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Digita il PIN del proprietario:</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Non impostata: di&apos; la stanza in ogni comando</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>Aggiorna l&apos;agenda</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Annulla il promemoria selezionato</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>Invia il comando; con la casella dei comandi vuota, approva il piano in attesa</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Annulla il piano in attesa (mentre chiede di nuovo per un passo rischioso: salta quel passo), o ferma quello che il modello linguistico sta ancora preparando</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Richiama i comandi precedenti</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Torna alla casella dei comandi</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Dalla casella dei comandi ai passi e ai pulsanti del piano in attesa</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Cerca nelle richieste</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtra i dispositivi</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>Ripristina l&apos;ultima modifica fatta qui</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Guida di Hearth</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Scrivi quello che vuoi nell&apos;Assistente, come lo diresti: «spegni la luce della cucina», «la porta del garage è aperta?», «ricordami domani alle 8 di portare fuori la spazzatura». Hearth mostra prima il piano; ciò che cambia viene poi verificato sul dispositivo e conservato nella Cronologia.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scorciatoie da tastiera&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>No, salta</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;{action}?&lt;/b&gt; Questa azione riguarda la sicurezza. Confermala da sola, o saltala.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Sì, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Conferma: {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Salta: {action}</translation>
    </message>
    <message>
        <source>Confirm {action}</source>
        <translation>Conferma {action}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Succeeded</source>
        <extracomment>Outcomes as words (history&apos;s ``requests.outcome``).</extracomment>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confermato</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Fatto in parte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Niente da cambiare</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Non capito</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non eseguito</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Oggi {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ieri {time}</translation>
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
        <translation>finestra</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voce</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>area di notifica</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>impostazioni</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulla</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>vista Casa</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>file della casa</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} altri)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Non è stato eseguito niente.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Cerca nelle richieste  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Cerca nella cronologia</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtra per esito</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Esegui di nuovo</translation>
    </message>
    <message>
        <source>Run the selected request again</source>
        <translation>Esegui di nuovo la richiesta selezionata</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Pianifica di nuovo la richiesta selezionata (Invio)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>Esporta le richieste mostrate</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>Salva le richieste mostrate qui come CSV o JSON</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Richieste passate</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Richiesta selezionata</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>In attesa della casa…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Stato della cronologia</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Pianificato di nuovo: «{text}». Vedi l&apos;Assistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>La cronologia è disattivata: non viene registrato niente.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>«{text}» — {outcome}, da: {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>Hearth ha detto: {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>Impossibile leggere la cronologia: {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Niente corrisponde alla ricerca.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Ancora nessuna richiesta: ciò che chiedi a Hearth compare qui.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (le più recenti)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>{shown} richieste su {total} corrispondono al filtro dell&apos;esito</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Esportazione non riuscita: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>%n richiesta esportata in {path}</numerusform>
            <numerusform>%n richieste esportate in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>In Home Assistant apri il tuo profilo, poi &lt;b&gt;Sicurezza&lt;/b&gt; → &lt;b&gt;Token di accesso a lunga vita&lt;/b&gt; → &lt;b&gt;Crea token&lt;/b&gt;, e incollalo qui.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>URL di Home Assistant</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Un token di accesso a lunga vita; conservato nel portachiavi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Esito della prova di connessione</translation>
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
        <translation>Conservato nel portachiavi: lascia vuoto per mantenerlo</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Incolla un token di accesso a lunga vita</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>ultimo uso: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Filtra per nome, zona o piano  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtra i dispositivi</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Caricamento della casa…</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Numero di dispositivi</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Dispositivi per piano e zona</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Dettagli del dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} devices</source>
        <translation>
            <numerusform>%n di {total} dispositivi</numerusform>
            <numerusform>%n di {total} dispositivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the home</source>
        <translation>Impossibile caricare la casa</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>Hearth non è ancora collegato alla casa.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>File di modello locale (nessun server)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Mai: pianifica tutto su questo computer</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Quando Hearth &amp;non è sicuro (consigliato)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;Prima, con il pianificatore di Hearth quando il modello non riesce</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modello linguistico</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Per ciò che il pianificatore di Hearth non sa leggere («qui è troppo buio», «prepara la casa per la serata film»), può chiedere a un modello linguistico: OpenAI, un server della tua rete come Ollama, llama.cpp o vLLM, o un file di modello che Hearth esegue da sé. Qualunque cosa il modello proponga viene verificata e mostrata a te prima che venga eseguito qualcosa.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Indirizzo dell&apos;endpoint</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Dove si trova l&apos;endpoint</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatico</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Timeout automatico, adattato all&apos;endpoint</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Timeout in secondi</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Timeout in uso</translation>
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
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Conservata nel portachiavi di sistema. Di solito i server locali non ne hanno bisogno.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Timeout:</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Chiedi al modello linguistico:</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>&amp;Registra ciò che viene inviato al modello (per la risoluzione dei problemi)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Registra ciò che viene inviato al modello</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Inviato con ogni richiesta: le tue parole, l&apos;ora, la stanza di questo computer, la conversazione recente e i nomi, le stanze e gli stati dei dispositivi che Hearth può usare (quelli più importanti, in una casa grande). Mai il token di Home Assistant né la chiave API. Con la registrazione attiva, va anche nel registro di Hearth.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>Pro&amp;va</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Prova il modello linguistico</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>&amp;Ferma la prova</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>Ferma la prova del modello linguistico</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Applica le impostazioni del modello linguistico</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>Stato del modello linguistico</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>File di modello</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>File di modello da usare</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>Scegli un &amp;file…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Scegli un file di modello GGUF su questo computer</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>Cosa serve per eseguire un file di modello</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>Il file di modello in uso</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>Oppure scaricane uno: viene verificato con il suo SHA-256 e conservato nella cartella dei dati di Hearth, e un download annullato riprende la volta successiva. I modelli piccoli rispondono in pochi secondi sul processore di un portatile, ma capiscono meno di quelli grandi.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>File di modello da scaricare</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obbligatoria</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non serve</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>Non è ancora un indirizzo di endpoint: indicalo come http(s)://host:porta/v1.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>Su questo computer o sulla rete locale: le richieste restano in casa tua.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Un servizio cloud: le richieste gli arrivano via internet.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Risponde solo tramite gli strumenti di Hearth (output strutturato), e Hearth controlla ogni risposta.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automatico: {seconds} s, per {why} (il primo caricamento si aggiunge: poi resta caricato).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automatico: {seconds} s, per {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automatico: in base all’endpoint (più lungo per uno nella tua rete).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Un piano attende al massimo {seconds} s (in automatico sarebbero {automatic} s, per {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Ancora nessun file di modello: scaricane uno o scegli un file</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, circa {size} MB (scaricato)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, circa {size} MB</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>llama-cpp-python è installato: Hearth può eseguire file di modello.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Eseguire un file di modello richiede llama-cpp-python, che non è installato: {install} (oppure indica un Python che lo abbia come [llm] python in settings.toml, o {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Scegli un file di modello GGUF</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>File di modello GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Scelto: {file} ({size} MB). Applica per usarlo.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>{model} scaricato e verificato. Applica per usarlo.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>conservata nel portachiavi</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>nessuna conservata</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Prova in corso… {seconds} s (un modello locale potrebbe doversi prima caricare)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Scegli o scarica prima un file di modello.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Inserisci prima l’endpoint e il modello.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test in corso…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Prova interrotta: non è stato salvato niente.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Funziona: {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>Non funziona: {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>Non applicato: {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Applicato: {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>il modello ha pianificato un comando di prova in {seconds} s</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>il file di modello si è caricato in {seconds} s; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned}; non è stato possibile misurarne la velocità ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned}; non è stato possibile misurarne la velocità.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned}; primo token dopo {seconds} s</translation>
    </message>
    <message>
        <source>{timed}, {speed} tokens/s</source>
        <translation>{timed}, {speed} token/s</translation>
    </message>
</context>
<context>
    <name>LiveTranscript</name>
    <message>
        <source>What Hearth hears</source>
        <translation>Cosa sente Hearth</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● In ascolto (caricamento del modello vocale)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● In ascolto… rilascia per inviare, Esc per annullare</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>Comprensione…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Connessione alla casa…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Al lavoro…</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>Chiedo al modello linguistico…</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consulto i tuoi calendari…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>In ascolto…</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Mostra l&apos;Assistente</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Mostra la Casa</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Mostra la Cronologia</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Mostra l&apos;Agenda</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Mostra le Impostazioni</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Guida: questo elenco</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Esci da Hearth</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Guida e scorciatoie da tastiera (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Informazioni su Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>Questa azione riguarda la sicurezza. Digita il tuo PIN:</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Comandi rapidi</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Comandi rapidi, comandi recenti e promemoria (questo desktop non mostra l&apos;area di notifica)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Questo desktop non mostra l&apos;area di notifica, quindi Hearth non può continuare a funzionare lì.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>Uscire da Hearth ora (promemoria e timer aspetteranno fino al prossimo avvio) o ridurre a icona la finestra perché continui a funzionare? Hearth ricorda la tua scelta; Ctrl+Q esce sempre, e i comandi rapidi sono in «Comandi rapidi» nella finestra.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Posticipa «{message}» di {minutes} minuti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Segna «{message}» come fatto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>Annulla il promemoria «{message}» e le sue ripetizioni</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>Annulla il promemoria «{message}»</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Ferma questo promemoria e ogni sua ripetizione</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Ferma questo promemoria</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>Cambia il PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Imposta un PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN attuale</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Di nuovo il nuovo PIN</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuovo PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>Da 4 a 12 cifre. Hearth ne conserva solo un hash con sale.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>I due nuovi PIN non coincidono.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>acceso al {percent}%</translation>
    </message>
    <message>
        <source>on</source>
        <translation>acceso</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>aperto al {percent}%</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>volume al {percent}%</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muto</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>audio attivo</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} da fare</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name}: {state} (nessuna modifica)</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Rischio basso</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Rischio medio</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Rischio alto</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>In esecuzione…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confermato</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>il promemoria è stato riletto dall&apos;archivio di Hearth</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>i %n promemoria sono stati riletti dall&apos;archivio di Hearth</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>l&apos;evento è stato riletto dal calendario</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>i %n eventi sono stati riletti dal calendario</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>il timer è stato riletto dall&apos;archivio di Hearth</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>i %n timer sono stati riletti dall&apos;archivio di Hearth</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>ogni modifica è stata verificata sul dispositivo</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 modifica del dispositivo verificata sul dispositivo</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>%n modifiche dei dispositivi verificate sui dispositivi</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Non è stato eseguito niente.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>Il passo non è riuscito.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>1 passo su {total} non è riuscito.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>%n passi su {total} non sono riusciti.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 modifica non è ancora stata confermata (potrebbe essere ancora in corso).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>%n modifiche non sono ancora state confermate (potrebbero essere ancora in corso).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Fatto: {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>1 passo saltato.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>%n passi saltati.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Avviso: {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e altri {count}</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Includi: {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>richiede il codice di {device}</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} ha un codice proprio: lo digiti quando approvi e Hearth non lo conserva mai</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Annulla questo piano</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Annulla queste modifiche</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Ripristina ciò che questo piano ha cambiato (non sblocca né apre mai)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Invio approva · Esc annulla</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>niente da cambiare</translation>
    </message>
    <message>
        <source>Plan: {text}</source>
        <translation>Piano: {text}</translation>
    </message>
    <message>
        <source>Plan: {text}. {words}</source>
        <translation>Piano: {text}. {words}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Plan · %n steps</source>
        <translation>Piano · %n passi</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>ripristina lo stato precedente</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>richiede la tua approvazione</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>Ho corretto parole che potrei aver sentito male: controlla prima di approvare.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>Ho indovinato quale dispositivo intendevi: controlla prima di approvare.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Approva selezionati (%n di {total})</numerusform>
            <numerusform>Approva selezionati (%n di {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Esc salta il passo</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>eseguito da solo: rischio basso ed esecuzione automatica attiva</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Annullato: non è stato eseguito niente.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Annullamento richiesto</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Ascolta</translation>
    </message>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>Hearth non può usare il microfono: consentilo nelle impostazioni della privacy del sistema</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>Il modello vocale «{model}» non è installato: scegline un altro, o scaricalo qui sotto.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>Il modello vocale «{model}» non è installato: scegline un altro, o scaricalo, in Impostazioni › Voce.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Ancora nessun modello vocale per la lingua dei comandi ({language}): scaricane uno qui sotto (uno piccolo è di circa 40 MB).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Ancora nessun modello vocale per la lingua dei comandi ({language}): scaricane uno in Impostazioni › Voce (uno piccolo è di circa 40 MB).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth si sta ancora collegando alla casa.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>Ascolto non riuscito: {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>Non ho sentito niente. Tieni premuto il tasto mentre parli.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Tieni premuto per parlare ({keys}); rilascia per inviare; Esc annulla. Un clic ascolta finché non fai una pausa.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Ascolta finché non fai una pausa (fai di nuovo clic per fermare)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>Il tasto funziona in ogni finestra: è una scorciatoia globale tramite il portale del desktop (il desktop l’ha impostata su {keys}).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>Il tasto funziona in ogni finestra: è una scorciatoia globale tramite il portale del desktop.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>Il tasto funziona mentre la finestra di Hearth è attiva: questo desktop non offre un portale per le scorciatoie globali ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>Il tasto funziona mentre la finestra di Hearth è attiva: questo desktop non offre un portale per le scorciatoie globali.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>In ascolto…</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parla</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Smetti di &amp;ascoltare</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>Hearth non è riuscito ad ascoltare</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Comandi rapidi</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 modifica il comando selezionato, Canc lo rimuove, Alt+Su e Alt+Giù lo spostano</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Aggiungi un comando, ad es. «accendi la luce del portico»</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Nuovo comando rapido</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Aggiungi comando rapido</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>Modifica il comando rapido selezionato</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>Rimuovi il comando rapido selezionato</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>Sposta su il comando rapido selezionato</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>Sposta giù il comando rapido selezionato</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>Tempo scaduto: {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Promemoria: {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>In ritardo — il timer di {length} è scaduto {words} ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>Il timer di {length} è scaduto {words}</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>In ritardo — era previsto {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Era previsto {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Previsto {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · si ripete {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Promemoria di Hearth</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Ignora (Esc): il promemoria resta in attesa nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Ignora il promemoria</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>&amp;Posticipa di {minutes} min</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Posticipa «{message}» di {minutes} minuti</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>Ignora «{message}»</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Segna «{message}» come fatto</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Opening any cover, blind or curtain</source>
        <extracomment>The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window&apos;s translations (a changed wording shows in English until it is translated).</extracomment>
        <translation>Aprire qualsiasi tapparella, tenda o veneziana</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Muovere qualsiasi tapparella, tenda o veneziana</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Attivare l&apos;allarme</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>Cambiare la temperatura di un termostato</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Cambiare modalità di riscaldamento o raffreddamento</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Eseguire scene</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Eseguire script</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Spostare eventi del calendario</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Eliminare eventi del calendario</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>ogni tipo di dispositivo</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>in ogni stanza</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>in 1 stanza</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>in %n stanze</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>solo ciò che viene eseguito senza conferma</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>fino a ciò che richiede una conferma, mai ciò che richiede il PIN</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>tutto, i passi delicati per la sicurezza con il PIN</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Può usare {devices} {rooms}; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Chi può fare cosa su questo computer, e cosa richiede il PIN del proprietario. Ogni parte ha effetto quando premi il suo pulsante; allentarne una qualsiasi richiede il PIN.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Messaggio di sicurezza</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>&amp;Cambia profilo…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambia profilo</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Impostazioni di sicurezza non in vigore</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>Applica le &amp;modifiche del file…</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>Applica le impostazioni di sicurezza del file delle impostazioni</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Stato del PIN</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Imposta il &amp;PIN…</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>Imposta o cambia il PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>&amp;Rimuovi il PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Rimuovi il PIN</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Chiedi il PIN anche per</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Sbloccare, aprire porte, porte del garage, cancelli e finestre, e disattivare l&apos;allarme lo richiedono sempre.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>&amp;Applica le scelte del PIN</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Applica cosa richiede il PIN</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>Cosa può vedere Hearth</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>I dispositivi che Home Assistant &amp;espone ad Assist</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>Segui i dispositivi esposti da Home Assistant</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Tutti i dispositivi</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Vedi tutti i dispositivi</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>I dispositivi spuntati sono nascosti: nessun piano può vederli né controllarli.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtra i dispositivi</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Dispositivi nascosti a Hearth</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Applica le scelte dei &amp;dispositivi</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Applica cosa può vedere Hearth</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Nascondere un dispositivo vale subito; vederne di più vale dal prossimo avvio di Hearth.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>Non si può impostare né verificare alcun PIN: {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>È impostato un PIN: i passi delicati per la sicurezza e i cambi di profilo lo richiedono.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>Nessun PIN impostato: i passi delicati per la sicurezza chiedono invece di digitare una conferma, e non si può cambiare profilo.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Cambia il &amp;PIN…</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Attivo. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Imposta prima un PIN: cambiare profilo lo richiede.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Passa al profilo {profile}</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>Nessun PIN digitato: il profilo non è stato cambiato.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Ora è in uso il profilo {profile}.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN cambiato.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>PIN impostato. I passi delicati per la sicurezza ora lo richiedono.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>PIN rimosso: i passi delicati per la sicurezza chiedono invece di digitare una conferma.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Non chiedere più il PIN per alcune azioni</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Salvato: cosa richiede il PIN.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Lascia che Hearth veda più dispositivi</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Salvato: cosa può vedere Hearth.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>I dispositivi appena mostrati compaiono al prossimo avvio di Hearth.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>Applica le impostazioni di sicurezza del file delle impostazioni</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>Nessun PIN digitato: non è cambiato niente.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Applicato: le impostazioni di sicurezza del file delle impostazioni sono in vigore.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modificato: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Premi per parlare: il modello vocale, il microfono e il tasto da tenere premuto mentre parli. Questa pagina si apre quando il motore vocale è avviato.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modello linguistico</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Messaggio delle impostazioni</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Come hanno effetto le modifiche di questa pagina</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Ripristina le modifiche non salvate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>Hearth controlla i dispositivi del tuo Home Assistant, o una casa demo inventata per provarlo senza azionare niente di reale.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Usa la casa &amp;demo</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Usa la casa demo</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Collegati a &amp;Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Collegati a Home Assistant</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>Dove si trova questo computer dice a Hearth a quale stanza si riferisce «le luci», e la lingua è quella in cui scrivi o parli.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Zona di questo computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Comandi, risposte ed etichette della finestra passano alla lingua appena salvata.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>Le modifiche qui valgono dal comando successivo, una volta salvate.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Esegui senza chiedere i comandi a basso rischio</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Esegui senza chiedere i comandi a basso rischio</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Luci, interruttori e musica vengono eseguiti subito quando Hearth è sicuro di cosa intendevi. Serrature, porte, allarmi e tutto ciò che ha capito in modo approssimativo chiedono sempre prima.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>&amp;Tieni Hearth nell&apos;area di notifica quando la finestra si chiude</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continua nell&apos;area di notifica quando la finestra si chiude</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Avvia Hearth all&apos;&amp;accesso</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Avvia Hearth all&apos;accesso</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>Hearth parte allora nell&apos;area di notifica (o ridotto a icona) quando accedi, così i promemoria suonano. Vale subito: non serve salvare.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Comandi rapidi</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>I tuoi comandi preferiti, a un clic nel menu dell&apos;area di notifica. Un comando che richiede la tua conferma apre la finestra con il suo piano invece di essere eseguito.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>La cronologia, i promemoria, il calendario locale e lo stato della casa demo restano su questo computer, qui.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Cam&amp;bia…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Scegli un&apos;altra cartella dei dati</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dati:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Impostazioni:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>Una nuova cartella dei dati si usa dal prossimo avvio: riceve una copia di ciò che le manca, e niente viene cancellato dalla vecchia. Il token di Home Assistant non è in nessuna delle due: è conservato nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR imposta la cartella dei dati per questa sessione</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Qui non c&apos;è ancora niente da impostare.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>Le modifiche in questa pagina hanno effetto con i suoi pulsanti; non serve salvare.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>Le modifiche in questa pagina hanno effetto con i suoi pulsanti. Altre pagine hanno modifiche non salvate: salvale o ripristinale qui.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non salvato: {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Salvato, ma non applicato: {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Salvato. La casa e la cartella dei dati scelte si applicano al prossimo avvio di Hearth.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Includi questo passo nell&apos;approvazione</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>Hearth sta consultando i tuoi calendari</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>Hearth sta chiedendo un piano al modello linguistico</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consulto i tuoi calendari…</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Chiedo un piano al modello linguistico…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Al lavoro</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Un modello su questo computer o sulla rete locale può richiedere un po&apos; di tempo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Smetti di consultare i calendari</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Smetti di chiedere al modello linguistico</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Caricamento del modello… {waited} s (poi fino a {budget} s per la risposta)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s su un massimo di {budget} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>connessione alla casa…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>al lavoro…</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>in ascolto…</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>consulto i tuoi calendari…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Premi per parlare richiede un modello vocale: installane uno in Impostazioni › Voce</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Non riuscito — {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Non confermato — {step} (controlla)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Non è stato eseguito niente.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Fatto — {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Hearth — {state}</source>
        <translation>Hearth — {state}</translation>
    </message>
    <message>
        <source>1 reminder waiting</source>
        <translation>1 promemoria in attesa</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>%n promemoria in attesa</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>Esegui «{text}»</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Ancora nessun comando rapido (aggiungili nelle Impostazioni)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>Comandi &amp;recenti</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>Esegui di nuovo «{text}»</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>&amp;Mostra Hearth</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>&amp;Esci da Hearth</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>Pro&amp;memoria ({count} in attesa)</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Pro&amp;memoria</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>Previsto alle {time} (in ritardo)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>Previsto alle {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>Apri l&apos;&amp;agenda</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth si sta ancora collegando alla casa.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Niente da fare.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>Hearth è ancora in esecuzione</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Comandi rapidi e promemoria sono qui nell&apos;area di notifica. Esci dal suo menu.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPage</name>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Stato della voce</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Modelli vocali</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Modello vocale da usare</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usa:</translation>
    </message>
    <message>
        <source>Installed speech models</source>
        <translation>Modelli vocali installati</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Elenchi di frasi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Rimuovi il modello vocale selezionato</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>Hearth conserva i suoi modelli in {folder}.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Scarica un modello</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>I modelli piccoli di Vosk occupano circa 40–90 MB e funzionano offline una volta scaricati. Scegline uno, o incolla l&apos;indirizzo di uno zip di modello (o il percorso di un file zip).</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modello da scaricare</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Altri &amp;modelli…</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>Elenca i modelli scaricabili</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>Recupera l&apos;elenco dei modelli di Vosk (serve la rete)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Premi per parlare</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Tasto da tenere premuto mentre parli</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>&amp;Tieni premuto per parlare:</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Dove funziona il tasto per parlare</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Riproduci un &amp;suono quando l&apos;ascolto inizia e finisce</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Segnale acustico</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Affidabilità necessaria per eseguire senza chiedere</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>Esegui senza &amp;vedere da:</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Un comando vocale sentito con un&apos;affidabilità inferiore a questa, o scelto tra le altre cose che Hearth potrebbe aver sentito, ti viene sempre mostrato prima per l&apos;approvazione.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Ascolta anche il testo &amp;libero</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Riconoscimento libero</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>Il testo libero è ciò che dicono i promemoria e gli articoli della spesa. Hearth ascolta soprattutto i nomi e i comandi della tua casa; il testo libero richiede un secondo passaggio sul parlato, che costa più tempo di processore.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>Non utilizzabile: {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Tieni premuto {keys} (o il pulsante Parla) e parla; rilascia per inviare. Un clic su Parla, o Ascolta nell’area di notifica, ascolta finché non fai una pausa; Esc annulla. Hearth ti sente offline con un modello vocale Vosk e presta ascolto ai nomi della tua casa.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automatico: il primo modello per la lingua</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (non installato)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Nessun modello vocale ancora installato: scaricane uno qui sotto.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Pronto: {model} ({language}), caricato. Lingua dei comandi: {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Pronto: {model} ({language}), si carica la prima volta che parli. Lingua dei comandi: {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>{model} installato, un modello per un&apos;altra lingua ({language}): sceglilo qui sopra, e la stessa lingua in Questo computer, per usarlo.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>lingua sconosciuta</translation>
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
        <translation>{model} — consigliato</translation>
    </message>
    <message>
        <source>{model} came with {origin}: remove it with pip</source>
        <translation>{model} è arrivato con {origin}: rimuovilo con pip</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Elimina il modello selezionato dalla cartella dei dati</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>Non salvato: impossibile scrivere {file}: {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>{model} installato ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Modelli piccoli: {count}; prima quelli per la tua lingua.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Recupero dell’elenco dei modelli…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Non rimosso: {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Comandi rapidi</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>I tuoi comandi preferiti, a un clic nel menu dell&apos;area di notifica. Puoi cambiarli quando vuoi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cartella dei dati&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>La cronologia, i promemoria e lo stato della casa demo restano qui, su questo computer.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>_ComputerPage</name>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>Dove si trova questo computer dice a Hearth a quale stanza si riferisce «le luci» quando non lo dici.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Zona di questo computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Esegui senza chiedere i comandi a basso rischio</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Esegui senza chiedere i comandi a basso rischio</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Luci, interruttori e musica vengono allora eseguiti subito quando Hearth è sicuro di cosa intendevi. Serrature, porte e allarmi chiedono sempre prima.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Caricamento della casa demo…</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>Impossibile leggere la casa demo: {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home}: {count} zone.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>Non eseguito</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Collegati a Home Assistant</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Inserisci l&apos;indirizzo del tuo Home Assistant e un token di accesso, poi prova la connessione.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>Impossibile conservare il token: {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>Un PIN per i passi delicati per la sicurezza (facoltativo)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>Un PIN lascia nelle tue mani i passi che contano per la tua sicurezza.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Con un PIN, Hearth sblocca le porte, apre il garage o disattiva l&apos;allarme solo dopo che lo hai digitato, e nessuno a questo computer può cambiare profilo (lasciare il profilo bambini, per esempio) o far vedere a Hearth più dispositivi senza di esso.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>Cosa protegge il PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>Da 4 a 12 cifre</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Di nuovo il nuovo PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Stato del PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>Without a PIN those steps ask you to type a confirmation instead. Only a scrambled form of the PIN is kept, in the system keyring. Leave this empty and press Skip to decide later in Settings › Safety.</source>
        <translation>Senza PIN quei passi ti chiedono invece di digitare una conferma. Del PIN si conserva solo una forma cifrata, nel portachiavi di sistema. Lascia vuoto e premi Salta per decidere più tardi in Impostazioni › Sicurezza.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Ora non si può impostare un PIN: {error}. Puoi proseguire senza.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Questo computer ha già un PIN: resta com&apos;è (cambialo in Impostazioni › Sicurezza).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Non impostato: {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Non impostato: i due PIN non coincidono.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Impostazione del PIN…</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>PIN impostato. I passi delicati per la sicurezza lo chiederanno.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Benvenuto in Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>Hearth trasforma ciò che scrivi o dici in un piano, te lo mostra, esegue ciò che approvi e verifica che sia successo davvero. Con quale casa deve lavorare?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>&amp;Prova la casa demo</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Prova la casa demo</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>&amp;Collegati a Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Collegati a Home Assistant</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Una casa inventata con luci, tapparelle, serrature, un termostato e altro. Niente di reale viene azionato; puoi collegare la tua casa più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Controlla i dispositivi del tuo Home Assistant. Ti servono il suo indirizzo e un token di accesso a lunga vita, che Hearth conserva nel portachiavi di sistema.</translation>
    </message>
</context>
</TS>
