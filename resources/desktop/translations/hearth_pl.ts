<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>O Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Asystent na pulpit dla twojego domu: powiedz, czego chcesz, sprawdź plan, a Hearth go wykona i sprawdzi, czy się udało.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Wersja Home Assistant</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Wersja:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencja:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ustawienia:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Pytam serwer…</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>Nieużywany: to dom demonstracyjny{name}, wymyślony do wypróbowania Hearth</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>Nieużywany: dom{name} jest wczytywany z pliku {file}</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Brak połączenia (używany: {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (połączono)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Połączono; serwer nie podał wersji na czas</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Połączono; nie udało się odczytać wersji ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Dziś · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Jutro · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>powtarza się {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>od {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>do {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odłóż o {minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>„przypomnij mi jutro o 8, żeby wynieść śmieci” albo „dodaj dentystę w piątek o 3 do mojego kalendarza”</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Następne &amp;7 dni</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Pokazane daty</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>Wczytaj ponownie kalendarze i przypomnienia (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>Odśwież agendę</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Przypomnienia czekające na odpowiedź</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Czeka na ciebie</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Wydarzenia i przypomnienia według dni</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nic nie zaplanowano</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Anuluj przypomnienie</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>Anuluj wybrane przypomnienie (Delete)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Anuluj wybrane przypomnienie</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Czekam na dom…</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Stan agendy</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Nie wczytano kalendarzy</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 wydarzenie</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>wydarzenia: %n</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 przypomnienie</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>przypomnienia: %n</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>czekające: {count}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Zaktualizowano o {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Na razie nie wczytano: {names}. Pozostałe kalendarze są pokazane; Hearth spróbuje ponownie za minutę.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>Na dziś nic więcej nie zaplanowano.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>Na najbliższe 7 dni nic więcej nie zaplanowano.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Dziś nic w twoich kalendarzach i żadnych przypomnień.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>Na najbliższe 7 dni nic w twoich kalendarzach i żadnych przypomnień.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Wpisz {examples} w Asystencie (Ctrl+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>Czeka na ciebie · przypomnienia: %n</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Powiedz Hearthowi, co zrobić, np. „przyciemnij lampę przy sofie do 30 procent”</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Enter zatwierdza plan powyżej · Esc anuluje · albo wpisz nowe polecenie</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Odpowiedz na pytanie powyżej jego przyciskami · Esc pomija krok · albo wpisz nowe polecenie</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Wpisz, co Hearth ma zrobić; Strzałka w górę przywołuje wcześniejsze polecenia</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Przygotowuję się… Zrobię to, gdy tylko dom się wczyta.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>Nie zrobiono: Hearth nie mógł wczytać domu (pasek stanu mówi dlaczego).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Naciśnij i mów wymaga modelu mowy Vosk: zainstaluj go w Ustawienia › Głos, a potem przytrzymaj przycisk Mów (lub klawisz mówienia), gdy mówisz.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Ty: {text}</translation>
    </message>
    <message>
        <source>Hearth: {text}</source>
        <translation>Hearth: {text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Wyślij polecenie</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>Wyślij polecenie (Enter)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Mów</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Naciśnij, aby mówić</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>Nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Sprawdzam…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Cofnij (zrobione częściowo)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Zatrzymano: nic nie zaplanowano.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Zastąpione przez „{command}”: nic nie wykonano.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>token Home Assistant</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>hasło CalDAV</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>klucz API modelu językowego</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>klucz pieczęci dziennika audytu</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>skrót PIN-u</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>zapieczętowany nagłówek dziennika audytu</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>braku punktu końcowego</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>pliku modelu na tym komputerze</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>serwera na tym komputerze lub w sieci lokalnej</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>usługi w chmurze</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>brak działającego systemowego pęku kluczy: Hearth przechowuje {what} tylko w pęku kluczy systemu ({keyrings}). Uruchom go lub zainstaluj albo ustaw {variable} na tę sesję. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>brak działającego systemowego pęku kluczy: Hearth przechowuje {what} tylko w pęku kluczy systemu ({keyrings}). Uruchom go lub zainstaluj. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>ustawienia wstępnego {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>plik modelu {where} nie wczytał się w ciągu {seconds} s</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>model lokalny nie odpowiedział w ciągu {seconds} s; został zatrzymany i wczyta się ponownie przy następnym żądaniu</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>model językowy pod adresem {where} nie odpowiedział w ciągu {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>nie można połączyć się z modelem językowym pod adresem {where}: czy serwer działa i adres jest poprawny?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>model językowy pod adresem {where} odrzucił klucz API: ustaw go w Ustawienia › Model językowy</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>model językowy pod adresem {where} jest zajęty i prosi o odczekanie {wait} s</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>model językowy pod adresem {where} jest zajęty</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>model lokalny wciąż odpowiada na poprzednie żądanie</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>model językowy pod adresem {where} odrzucił żądanie ({status}): sprawdź adres i nazwę modelu w Ustawienia › Model językowy</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>Hearth nie umie odczytać odpowiedzi z {where}</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>Hearth nie umie odczytać odpowiedzi modelu językowego</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (Model językowy nie mógł pomóc: {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>Nie mogłem zapytać modelu językowego: {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; wymaga własnego kodu urządzenia {device}. Wpisz go, aby wykonać krok (Hearth nigdy go nie zapisuje), albo pomiń krok.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Code for {device}</source>
        <translation>Kod dla {device}</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Użyj tego kodu</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Pomiń ten krok</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Anulowano. Pobrane dane zostają zachowane: pobierz ponownie, aby wznowić.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Pobieranie</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Rozpakowywanie</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Pobierz</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>Pobierz: {what}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Anuluj pobieranie</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Postęp pobierania</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Komunikat pobierania</translation>
    </message>
    <message>
        <source>Connecting for {name}…</source>
        <translation>Łączenie: {name}…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total} (%p%)</source>
        <translation>{stage}: {done} z {total} (%p%)</translation>
    </message>
    <message>
        <source>{stage} {what}…</source>
        <translation>{stage}: {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>EntityControls</name>
    <message>
        <source>{control} value</source>
        <extracomment>How long a slider (or arrow keys on it) must rest before its plan is made.</extracomment>
        <translation>Wartość: {control}</translation>
    </message>
    <message>
        <source>{control} of {name}</source>
        <translation>{control}: {name}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Zasilanie</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Jasność</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Roleta</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>otwarte w {percent}%</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Temperatura docelowa: {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ustaw</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Ustaw temperaturę docelową: {name}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Wybrane urządzenie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Identyfikator encji</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Cofnij ostatnią zmianę</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Przywróć to, co zmieniła tu ostatnia zmiana (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Światła, przełączniki, wentylatory, rolety i multimedia zmieniają się tu od razu, z możliwością cofnięcia. Zamki, bramy garażowe, alarmy, sceny i skrypty czekają na twoją zgodę w Asystencie (Ctrl+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Nie wybrano urządzenia</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Wybierz urządzenie z listy, aby zobaczyć jego stan i sterowanie.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Wybierz urządzenie w tym pomieszczeniu, aby nim sterować.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>W żadnym pomieszczeniu</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>To urządzenie tylko podaje swój stan; nie ma tu czego przełączać.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>Przywracam to, co zmieniło „{asked}”…</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Przywrócono to, co zmieniło „{asked}”.</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>Nie udało się przywrócić tego, co zmieniło „{asked}”</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Konfiguracja Hearth</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>Pomiń PIN</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Nie udało się zapisać ustawień: {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>Co mogę zrobić w domu?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Powiedz mi, co zrobić, albo zapytaj: „wyłącz światła na dole”, „ustaw ogrzewanie na 21”, „czy brama garażowa jest otwarta?”</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Enter wysyła · Strzałka w górę przywołuje wcześniejsze polecenia · Ctrl+L wraca do pola poleceń · plan czeka na Enter (zatwierdź) lub Esc (anuluj)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN właściciela</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Wpisz PIN właściciela:</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Nie ustawiono: podawaj pomieszczenie w każdym poleceniu</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>Odśwież agendę</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Anuluj wybrane przypomnienie</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>Wyślij polecenie; przy pustym polu poleceń zatwierdź czekający plan</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Anuluj czekający plan (gdy ponownie pyta o ryzykowny krok: pomiń ten krok) albo zatrzymaj ten, który model językowy jeszcze przygotowuje</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Przywołaj wcześniejsze polecenia</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Wróć do pola poleceń</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Z pola poleceń do kroków i przycisków czekającego planu</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Szukaj w zapytaniach</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtruj urządzenia</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>Przywróć ostatnią zmianę zrobioną tutaj</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Pomoc Hearth</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Wpisz w Asystencie, czego chcesz, tak jak byś to powiedział: „wyłącz światło w kuchni”, „czy brama garażowa jest otwarta?”, „przypomnij mi jutro o 8, żeby wynieść śmieci”. Hearth najpierw pokazuje plan; to, co zmienia, jest potem sprawdzane na urządzeniu i zapisywane w Historii.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Co robią</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Skróty klawiszowe&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>Nie, pomiń</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;{action}?&lt;/b&gt; To dotyczy bezpieczeństwa. Potwierdź to osobno albo pomiń.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Tak, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Potwierdź: {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Pomiń: {action}</translation>
    </message>
    <message>
        <source>Confirm {action}</source>
        <translation>Potwierdź {action}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Succeeded</source>
        <extracomment>Outcomes as words (history&apos;s ``requests.outcome``).</extracomment>
        <translation>Udane</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Niepotwierdzone</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Zrobione częściowo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nic do zmiany</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Nie zrozumiano</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nie wykonano</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Dziś {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Wczoraj {time}</translation>
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
        <translation>okno</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>głos</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>zasobnik</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>wiersz poleceń</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>cofnięcie</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>widok Dom</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>plik domu</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} więcej)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nic nie wykonano.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Szukaj zapytań  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Szukaj w historii</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtruj według wyniku</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Run the selected request again</source>
        <translation>Wykonaj ponownie wybrane zapytanie</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Zaplanuj ponownie wybrane zapytanie (Enter)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>Eksportuj pokazane zapytania</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>Zapisz pokazane tu zapytania jako CSV lub JSON</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Wcześniejsze zapytania</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Wybrane zapytanie</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Czekam na dom…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Stan historii</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Zaplanowano ponownie: „{text}”. Zobacz Asystenta (Ctrl+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>Historia jest wyłączona: nic nie jest zapisywane.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>„{text}” — {outcome}, źródło: {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>Hearth powiedział: {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>Nie można odczytać historii: {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nic nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Nie ma jeszcze zapytań: to, o co prosisz Hearth, pojawi się tutaj.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (najnowsze)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n zapytanie</numerusform>
            <numerusform>%n zapytania</numerusform>
            <numerusform>%n zapytań</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>Pasujące do filtru wyniku: {shown} z {total}</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Eksport nie powiódł się: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>Wyeksportowano %n zapytanie do {path}</numerusform>
            <numerusform>Wyeksportowano %n zapytania do {path}</numerusform>
            <numerusform>Wyeksportowano %n zapytań do {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>W Home Assistant otwórz swój profil, potem &lt;b&gt;Bezpieczeństwo&lt;/b&gt; → &lt;b&gt;Tokeny dostępu długoterminowego&lt;/b&gt; → &lt;b&gt;Utwórz token&lt;/b&gt;, i wklej go tutaj.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>Adres URL Home Assistant</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token dostępu</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Token dostępu długoterminowego; przechowywany w pęku kluczy</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Wynik testu połączenia</translation>
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
        <translation>Zapisany w pęku kluczy: zostaw puste, aby go zachować</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Wklej token dostępu długoterminowego</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>ostatnio użyte: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n urządzenie</numerusform>
            <numerusform>%n urządzenia</numerusform>
            <numerusform>%n urządzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n pomieszczenie</numerusform>
            <numerusform>%n pomieszczenia</numerusform>
            <numerusform>%n pomieszczeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Filtruj według nazwy, pomieszczenia lub piętra  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtruj urządzenia</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Wczytuję dom…</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Liczba urządzeń</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Urządzenia według pięter i pomieszczeń</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Szczegóły urządzenia</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n urządzenie</numerusform>
            <numerusform>%n urządzenia</numerusform>
            <numerusform>%n urządzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} devices</source>
        <translation>
            <numerusform>%n z {total} urządzeń</numerusform>
            <numerusform>%n z {total} urządzeń</numerusform>
            <numerusform>%n z {total} urządzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the home</source>
        <translation>Nie udało się wczytać domu</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>Hearth nie jest jeszcze połączony z domem.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>Lokalny plik modelu (bez serwera)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Nigdy: planuj wszystko na tym komputerze</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Gdy Hearth &amp;nie jest pewny (zalecane)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;Najpierw, z planistą Hearth, gdy model zawiedzie</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Model językowy</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Z tym, czego własny planista Hearth nie potrafi odczytać („jest tu za ciemno”, „przygotuj dom na wieczór filmowy”), może zwrócić się do modelu językowego: OpenAI, serwera w twojej sieci, takiego jak Ollama, llama.cpp czy vLLM, albo pliku modelu, który Hearth uruchamia sam. Wszystko, co model zaproponuje, jest sprawdzane i pokazywane ci, zanim cokolwiek zostanie wykonane.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Adres punktu końcowego</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Gdzie jest punkt końcowy</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatycznie</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Automatyczny limit czasu, dopasowany do punktu końcowego</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Limit czasu w sekundach</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Używany limit czasu</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punkt końcowy:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Klucz API:</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Przechowywany w systemowym pęku kluczy. Serwery lokalne zwykle go nie potrzebują.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Limit czasu:</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Pytaj model językowy:</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>&amp;Zapisuj w dzienniku to, co trafia do modelu (do rozwiązywania problemów)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Zapisuj w dzienniku to, co trafia do modelu</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Wysyłane z każdym zapytaniem: twoje słowa, godzina, pomieszczenie tego komputera, niedawna rozmowa oraz nazwy, pomieszczenia i stany urządzeń, których Hearth może używać (w dużym domu te najważniejsze). Nigdy token Home Assistant ani klucz API. Przy włączonym dzienniku trafia to także do dziennika Hearth.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;estuj</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Testuj model językowy</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>Zatrzymaj &amp;test</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>Zatrzymaj test modelu językowego</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Zastosuj ustawienia modelu językowego</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>Stan modelu językowego</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Plik modelu</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>Plik modelu do użycia</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Wybierz plik modelu GGUF na tym komputerze</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>Co jest potrzebne do uruchomienia pliku modelu</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>Używany plik modelu</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>Albo pobierz jakiś: jest sprawdzany według swojej sumy SHA-256 i przechowywany w folderze danych Hearth, a przerwane pobieranie wznawia się następnym razem. Małe modele odpowiadają w kilka sekund na procesorze laptopa, ale rozumieją mniej niż duże.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>Plik modelu do pobrania</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wymagany</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niepotrzebny</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>To jeszcze nie jest adres punktu końcowego: podaj go jako http(s)://host:port/v1.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>Na tym komputerze lub w sieci lokalnej: zapytania zostają w twoim domu.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Usługa w chmurze: zapytania trafiają do niej przez internet.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Odpowiada tylko przez narzędzia Hearth (ustrukturyzowane wyjście), a Hearth sprawdza każdą odpowiedź.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automatycznie: {seconds} s, dla {why} (pierwsze wczytanie dochodzi do tego: potem model zostaje w pamięci).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automatycznie: {seconds} s, dla {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automatycznie: dopasowany do punktu końcowego (dłużej dla takiego w twojej sieci).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Plan czeka najwyżej {seconds} s (automatycznie byłoby to {automatic} s, dla {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Brak pliku modelu: pobierz jakiś albo wybierz plik</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, około {size} MB (pobrany)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, około {size} MB</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>llama-cpp-python jest zainstalowane: Hearth może uruchamiać pliki modeli.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Uruchomienie pliku modelu wymaga llama-cpp-python, którego nie zainstalowano: {install} (albo wskaż Pythona, który go ma, jako [llm] python w settings.toml lub {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Wybierz plik modelu GGUF</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>Pliki modeli GGUF (*.gguf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Wybrano: {file} ({size} MB). Zastosuj, aby go używać.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>Pobrano i sprawdzono {model}. Zastosuj, aby go używać.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>przechowywany w pęku kluczy</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>żaden nie jest przechowywany</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Testowanie… {seconds} s (lokalny model może najpierw musieć się wczytać)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Najpierw wybierz lub pobierz plik modelu.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Najpierw wpisz punkt końcowy i model.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testowanie…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Test zatrzymany: nic nie zapisano.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Działa: {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>Nie działa: {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>Nie zastosowano: {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Zastosowano: {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>model zaplanował polecenie testowe w {seconds} s</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>plik modelu wczytał się w {seconds} s; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned}; nie udało się zmierzyć szybkości ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned}; nie udało się zmierzyć szybkości.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned}; pierwszy token po {seconds} s</translation>
    </message>
    <message>
        <source>{timed}, {speed} tokens/s</source>
        <translation>{timed}, {speed} tokenów/s</translation>
    </message>
</context>
<context>
    <name>LiveTranscript</name>
    <message>
        <source>What Hearth hears</source>
        <translation>Co słyszy Hearth</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● Słucham (wczytywanie modelu mowy)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● Słucham… puść, aby wysłać, Esc anuluje</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>Rozpoznawanie…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Łączę z domem…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>Pytam model językowy…</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Sprawdzam twoje kalendarze…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Słucham…</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asystent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Pokaż Asystenta</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Pokaż Dom</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Pokaż Historię</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Pokaż Agendę</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Pokaż Ustawienia</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Pomoc: ta lista</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Zakończ Hearth</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Pomoc i skróty klawiszowe (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>O Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Stan połączenia</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>To dotyczy bezpieczeństwa. Wpisz swój PIN:</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Szybkie polecenia</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Szybkie polecenia, ostatnie polecenia i przypomnienia (ten pulpit nie ma zasobnika systemowego)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc Hearth nie może w nim dalej działać.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>Zakończyć Hearth teraz (przypomnienia i minutniki poczekają do jego ponownego uruchomienia), czy zminimalizować okno, żeby działał dalej? Hearth zapamięta twój wybór; Ctrl+Q zawsze kończy, a szybkie polecenia są w oknie pod „Szybkie polecenia”.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Odłóż „{message}” o {minutes} minut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Oznacz „{message}” jako zrobione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>Anuluj przypomnienie „{message}” i jego powtórzenia</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>Anuluj przypomnienie „{message}”</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Zatrzymaj to przypomnienie i wszystkie jego powtórzenia</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Zatrzymaj to przypomnienie</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>Zmień PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Ustaw PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Obecny PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nowy PIN ponownie</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Obecny PIN:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nowy PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ponownie:</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>Od 4 do 12 cyfr. Hearth przechowuje tylko jego solony skrót.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Dwa nowe PIN-y się różnią.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>włączone na {percent}%</translation>
    </message>
    <message>
        <source>on</source>
        <translation>włączone</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>otwarte w {percent}%</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>głośność {percent}%</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>wyciszone</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>dźwięk włączony</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>do zrobienia: {count}</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name}: {state} (bez zmian)</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Niskie ryzyko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Średnie ryzyko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Wysokie ryzyko</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wykonuję…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odpowiedziano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Niepotwierdzone</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>przypomnienie odczytano ponownie z magazynu Hearth</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>przypomnienia (%n) odczytano ponownie z magazynu Hearth</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>wydarzenie odczytano ponownie z kalendarza</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>wydarzenia (%n) odczytano ponownie z kalendarza</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>minutnik odczytano ponownie z magazynu Hearth</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>minutniki (%n) odczytano ponownie z magazynu Hearth</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>każdą zmianę sprawdzono na urządzeniu</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 zmianę urządzenia sprawdzono na urządzeniu</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>zmiany urządzeń sprawdzone na urządzeniach: %n</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first} oraz {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nic nie wykonano.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>Krok się nie powiódł.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>Nieudany krok: 1 z {total}.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>Nieudane kroki: %n z {total}.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 zmiany nie udało się jeszcze potwierdzić (może wciąż trwać).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>Jeszcze niepotwierdzone zmiany: %n (mogą wciąż trwać).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Gotowe: {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>Pominięto 1 krok.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>Pominięte kroki: %n.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Ostrzeżenie: {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>i jeszcze {count}</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Uwzględnij: {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>wymaga kodu: {device}</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} ma własny kod: wpisujesz go przy zatwierdzaniu, a Hearth nigdy go nie zapisuje</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Anuluj ten plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Cofnij te zmiany</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Przywróć to, co zmienił ten plan (nigdy nie odblokowuje ani nie otwiera)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Enter zatwierdza · Esc anuluje</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nic do zmiany</translation>
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
        <translation>Plan · kroki: %n</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>przywraca poprzedni stan</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>czeka na twoją zgodę</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>Poprawiłem słowa, które mogłem źle usłyszeć: sprawdź to przed zatwierdzeniem.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>Zgadłem, o które urządzenie ci chodzi: sprawdź to przed zatwierdzeniem.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Zatwierdź wybrane (%n z {total})</numerusform>
            <numerusform>Zatwierdź wybrane (%n z {total})</numerusform>
            <numerusform>Zatwierdź wybrane (%n z {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Esc pomija krok</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>wykonane samo: niskie ryzyko, a automatyczne wykonywanie jest włączone</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Anulowano: nic nie wykonano.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Poproszono o cofnięcie</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Słuchaj</translation>
    </message>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>Hearth nie może używać mikrofonu: zezwól na to w ustawieniach prywatności systemu</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>Model mowy „{model}” nie jest zainstalowany: wybierz inny albo pobierz go poniżej.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>Model mowy „{model}” nie jest zainstalowany: wybierz inny albo pobierz go w Ustawienia › Głos.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Brak jeszcze modelu mowy dla języka poleceń ({language}): pobierz go poniżej (mały ma około 40 MB).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Brak jeszcze modelu mowy dla języka poleceń ({language}): pobierz go w Ustawienia › Głos (mały ma około 40 MB).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth wciąż łączy się z domem.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>Słuchanie nie powiodło się: {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>Nic nie usłyszałem. Przytrzymaj klawisz, gdy mówisz.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Przytrzymaj, aby mówić ({keys}); puść, aby wysłać; Esc anuluje. Kliknięcie słucha do pauzy.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Słuchaj do pauzy (kliknij ponownie, aby zatrzymać)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>Klawisz działa w każdym oknie: to globalny skrót przez portal pulpitu (pulpit ustawił go na {keys}).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>Klawisz działa w każdym oknie: to globalny skrót przez portal pulpitu.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>Klawisz działa, gdy okno Hearth jest aktywne: ten pulpit nie oferuje portalu globalnych skrótów ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>Klawisz działa, gdy okno Hearth jest aktywne: ten pulpit nie oferuje portalu globalnych skrótów.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Słucham…</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Mów</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Przestań &amp;słuchać</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>Hearth nie mógł słuchać</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Szybkie polecenia</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 edytuje wybrane polecenie, Delete je usuwa, Alt+Góra i Alt+Dół je przesuwają</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Dodaj polecenie, np. „włącz światło na ganku”</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Nowe szybkie polecenie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Dodaj szybkie polecenie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>Edytuj wybrane szybkie polecenie</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>Usuń wybrane szybkie polecenie</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>Przesuń wybrane szybkie polecenie w górę</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>Przesuń wybrane szybkie polecenie w dół</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>Czas minął: {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Przypomnienie: {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>Spóźnione — minutnik {length} skończył się {words} ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>Minutnik {length} skończył się {words}</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>Spóźnione — termin był {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Termin był {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Termin {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · powtarza się {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Przypomnienie Hearth</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Odrzuć (Esc): przypomnienie dalej czeka w zasobniku</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Odrzuć przypomnienie</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>&amp;Odłóż o {minutes} min</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Odłóż „{message}” o {minutes} minut</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minutnik</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>Odrzuć „{message}”</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Oznacz „{message}” jako zrobione</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Dorosły</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gość</translation>
    </message>
    <message>
        <source>Opening any cover, blind or curtain</source>
        <extracomment>The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window&apos;s translations (a changed wording shows in English until it is translated).</extracomment>
        <translation>Otwieranie dowolnej rolety, żaluzji lub zasłony</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Przesuwanie dowolnej rolety, żaluzji lub zasłony</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Uzbrajanie alarmu</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>Zmiana temperatury termostatu</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Przełączanie trybów ogrzewania lub chłodzenia</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Uruchamianie scen</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Uruchamianie skryptów</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Przenoszenie wydarzeń w kalendarzu</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Usuwanie wydarzeń z kalendarza</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>każdego rodzaju urządzeń</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>we wszystkich pomieszczeniach</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>w 1 pomieszczeniu</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>w pomieszczeniach: %n</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>tylko to, co działa bez potwierdzenia</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>aż po to, co wymaga potwierdzenia, nigdy to, co wymaga PIN-u</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>wszystko, kroki dotyczące bezpieczeństwa z PIN-em</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Może używać {devices} {rooms}; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Kto może co robić na tym komputerze i co wymaga PIN-u właściciela. Każda część działa po naciśnięciu jej własnego przycisku; złagodzenie którejkolwiek wymaga PIN-u.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Komunikat bezpieczeństwa</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>&amp;Zmień profil…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Zmień profil</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Ustawienia bezpieczeństwa nieobowiązujące</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>Zastosuj z&amp;miany z pliku…</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>Zastosuj ustawienia bezpieczeństwa z pliku ustawień</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Stan PIN-u</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Ustaw &amp;PIN…</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>Ustaw lub zmień PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>&amp;Usuń PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Usuń PIN</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Pytaj o PIN także przy</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Odblokowywanie, otwieranie drzwi, bram garażowych, furtek i okien oraz rozbrajanie alarmu zawsze go wymagają.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>Z&amp;astosuj wybór PIN-u</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Zastosuj to, co wymaga PIN-u</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>Co Hearth może widzieć</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>Urządzenia, które Home Assistant &amp;udostępnia Assist</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>Kieruj się urządzeniami udostępnionymi przez Home Assistant</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Każde urządzenie</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Widzi każde urządzenie</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>Zaznaczone urządzenia są ukryte: żaden plan nie może ich zobaczyć ani nimi sterować.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtruj urządzenia</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Urządzenia ukryte przed Hearth</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Zastosuj w&amp;ybór urządzeń</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Zastosuj to, co Hearth może widzieć</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Ukrycie urządzenia działa od razu; widzenie większej liczby działa od następnego uruchomienia Hearth.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>Nie można ustawić ani sprawdzić PIN-u: {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>PIN jest ustawiony: kroki dotyczące bezpieczeństwa i zmiany profilu go wymagają.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>PIN nie jest ustawiony: kroki dotyczące bezpieczeństwa proszą zamiast tego o wpisanie potwierdzenia, a profili nie można zmieniać.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Zmień &amp;PIN…</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Aktywny. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Najpierw ustaw PIN: zmiana profilu go wymaga.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Przełącz na profil {profile}</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>Nie podano PIN-u: profil nie został zmieniony.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Teraz używany jest profil {profile}.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN zmieniony.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>PIN ustawiony. Kroki dotyczące bezpieczeństwa teraz go wymagają.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>PIN usunięty: kroki dotyczące bezpieczeństwa proszą zamiast tego o wpisanie potwierdzenia.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Przestań pytać o PIN przy niektórych czynnościach</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Zapisano: co wymaga PIN-u.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Pozwól Hearth widzieć więcej urządzeń</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Zapisano: co Hearth może widzieć.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>Nowo pokazane urządzenia pojawią się przy następnym uruchomieniu Hearth.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>Zastosuj ustawienia bezpieczeństwa z pliku ustawień</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>Nie podano PIN-u: nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Zastosowano: ustawienia bezpieczeństwa z pliku ustawień obowiązują.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Nie zmieniono: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Naciśnij, aby mówić: model mowy, mikrofon i klawisz przytrzymywany podczas mówienia. Ta strona otwiera się, gdy silnik mowy wystartuje.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Model językowy</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Komunikat ustawień</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Jak zmiany na tej stronie wchodzą w życie</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Przywróć niezapisane zmiany</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>Hearth steruje urządzeniami twojego Home Assistant albo zmyślonym domem demonstracyjnym, na którym można go wypróbować bez przełączania niczego naprawdę.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Użyj &amp;domu demonstracyjnego</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Użyj domu demonstracyjnego</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Połącz z &amp;Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Połącz z Home Assistant</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>Miejsce tego komputera mówi Hearth, o które pomieszczenie chodzi w „światła”, a język to ten, w którym piszesz lub mówisz.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Pomieszczenie tego komputera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Pomieszczenie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Polecenia, odpowiedzi i napisy okna przełączają się na język po zapisaniu.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>Zmiany tutaj obowiązują od następnego polecenia po zapisaniu.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Wykonuj polecenia niskiego ryzyka bez pytania</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Wykonuj polecenia niskiego ryzyka bez pytania</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Światła, przełączniki i muzyka są wykonywane od razu, gdy Hearth jest pewien, o co ci chodziło. Zamki, drzwi, alarmy i wszystko, co zrozumiał tylko w przybliżeniu, zawsze najpierw pytają.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>&amp;Trzymaj Hearth w zasobniku systemowym po zamknięciu okna</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Działaj dalej w zasobniku po zamknięciu okna</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Uruchamiaj Hearth po &amp;zalogowaniu</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Uruchamiaj Hearth po zalogowaniu</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>Hearth uruchamia się wtedy w zasobniku (albo zminimalizowany), gdy się logujesz, żeby przypomnienia mogły zadzwonić. Działa to od razu: nie trzeba zapisywać.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Szybkie polecenia</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>Twoje ulubione polecenia, o jedno kliknięcie w menu zasobnika. Polecenie, które wymaga twojego potwierdzenia, otwiera okno ze swoim planem zamiast się wykonać.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>Twoja historia, przypomnienia, lokalny kalendarz i stan domu demonstracyjnego zostają na tym komputerze, tutaj.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Z&amp;mień…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Wybierz inny folder danych</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dane:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ustawienia:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>Nowy folder danych jest używany od następnego uruchomienia: dostaje kopię tego, czego mu brakuje, a ze starego nic nie jest usuwane. Tokenu Home Assistant nie ma w żadnym z folderów: jest przechowywany w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR ustawia folder danych dla tej sesji</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Na razie nie ma tu nic do ustawienia.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>Zmiany na tej stronie działają po użyciu jej własnych przycisków; zapisywanie nie jest potrzebne.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>Zmiany na tej stronie działają po użyciu jej własnych przycisków. Inne strony mają niezapisane zmiany: zapisz je lub przywróć tutaj.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Zapisano, ale nie zastosowano: {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Zapisano. Wybrany dom i folder danych obowiązują od następnego uruchomienia Hearth.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Uwzględnij ten krok przy zatwierdzaniu</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>Hearth sprawdza twoje kalendarze</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>Hearth prosi model językowy o plan</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Sprawdzam twoje kalendarze…</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Proszę model językowy o plan…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Pracuję</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Model na tym komputerze lub w sieci lokalnej może potrzebować chwili</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Przestań sprawdzać kalendarze</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Przestań pytać model językowy</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Wczytuję model… {waited} s (potem do {budget} s na odpowiedź)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s z maksymalnie {budget} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>łączę z domem…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączono</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>pracuję…</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>słucham…</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>sprawdzam twoje kalendarze…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>brak połączenia</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Naciśnij i mów wymaga modelu mowy: zainstaluj go w Ustawienia › Głos</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Nieudane — {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Niepotwierdzone — {step} (sprawdź)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Nic nie wykonano.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Gotowe — {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
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
        <translation>1 przypomnienie czeka</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>czekające przypomnienia: %n</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>Wykonaj „{text}”</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Nie ma jeszcze szybkich poleceń (dodaj je w Ustawieniach)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>&amp;Ostatnie polecenia</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>Wykonaj ponownie „{text}”</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>&amp;Pokaż Hearth</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>&amp;Zakończ Hearth</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>P&amp;rzypomnienia (czekające: {count})</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>P&amp;rzypomnienia</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>Termin był o {time} (spóźnione)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>Termin był o {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>Otwórz &amp;agendę</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth wciąż łączy się z domem.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nic do zrobienia.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>Hearth nadal działa</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Szybkie polecenia i przypomnienia są tutaj, w zasobniku. Zakończ z jego menu.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPage</name>
    <message>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Stan głosu</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Modele mowy</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Model mowy do użycia</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Użyj:</translation>
    </message>
    <message>
        <source>Installed speech models</source>
        <translation>Zainstalowane modele mowy</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Listy fraz</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Usuń wybrany model mowy</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>Hearth przechowuje swoje modele w {folder}.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Pobierz model</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>Małe modele Vosk mają około 40–90 MB i po pobraniu działają bez sieci. Wybierz jeden albo wklej adres pliku zip z modelem (albo ścieżkę do pliku zip).</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Model do pobrania</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Więcej &amp;modeli…</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>Pokaż modele, które można pobrać</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>Pobierz listę modeli Vosk (wymaga sieci)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Naciśnij, aby mówić</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Klawisz przytrzymywany podczas mówienia</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>&amp;Przytrzymaj, aby mówić:</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Gdzie działa klawisz do mówienia</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Odtwarzaj &amp;dźwięk, gdy słuchanie się zaczyna i kończy</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Sygnał dźwiękowy</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Pewność potrzebna do wykonania bez pytania</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>Wykonuj &amp;bez podglądu od:</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Polecenie głosowe usłyszane z mniejszą pewnością niż ta albo wybrane spośród innych rzeczy, które Hearth mógł usłyszeć, jest zawsze najpierw pokazywane do zatwierdzenia.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Słuchaj też &amp;dowolnego tekstu</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Rozpoznawanie dowolnego tekstu</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>Dowolny tekst to to, co mówią przypomnienia i produkty z listy zakupów. Hearth słucha głównie własnych nazw i poleceń twojego domu; dowolny tekst wymaga drugiego przejścia przez mowę, co kosztuje więcej czasu procesora.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>Nie do użycia: {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Przytrzymaj {keys} (lub przycisk Mów) i mów; puść, aby wysłać. Kliknięcie Mów albo Słuchaj w zasobniku słucha do pauzy; Esc anuluje. Hearth słyszy cię bez sieci dzięki modelowi mowy Vosk i wsłuchuje się w nazwy twojego domu.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automatycznie: pierwszy model dla języka</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (niezainstalowany)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Nie zainstalowano jeszcze modelu mowy: pobierz go poniżej.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Gotowe: {model} ({language}), wczytany. Język poleceń: {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Gotowe: {model} ({language}), wczyta się, gdy pierwszy raz coś powiesz. Język poleceń: {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>Zainstalowano {model}, model dla innego języka ({language}): wybierz go powyżej i ten sam język w sekcji Ten komputer, aby go używać.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>język nieznany</translation>
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
        <translation>{model} — sugerowany</translation>
    </message>
    <message>
        <source>{model} came with {origin}: remove it with pip</source>
        <translation>{model} został dostarczony z {origin}: usuń go przez pip</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Usuń wybrany model z folderu danych</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>Nie zapisano: nie można zapisać {file}: {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>Zainstalowano {model} ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Małe modele: {count}; najpierw te dla Twojego języka.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Pobieranie listy modeli…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Nie usunięto: {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Szybkie polecenia</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>Twoje ulubione polecenia, o jedno kliknięcie w menu zasobnika. Możesz je zmienić w każdej chwili w Ustawieniach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Folder danych&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>Twoja historia, przypomnienia i stan domu demonstracyjnego zostają tutaj, na tym komputerze.</translation>
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
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>Miejsce tego komputera mówi Hearth, o które pomieszczenie chodzi w „światła”, gdy go nie podasz.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Pomieszczenie tego komputera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Wykonuj polecenia niskiego ryzyka bez pytania</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Wykonuj polecenia niskiego ryzyka bez pytania</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Pomieszczenie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Światła, przełączniki i muzyka są wtedy wykonywane od razu, gdy Hearth jest pewien, o co ci chodziło. Zamki, drzwi i alarmy zawsze najpierw pytają.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Wczytuję dom demonstracyjny…</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>Nie udało się odczytać domu demonstracyjnego: {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home}: pomieszczenia: {count}.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>Nie wykonano</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Połącz z Home Assistant</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Wpisz adres swojego Home Assistant i token dostępu, a potem przetestuj połączenie.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>Nie udało się zachować tokenu: {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>PIN do kroków dotyczących bezpieczeństwa (opcjonalny)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>PIN zostawia w twoich rękach kroki ważne dla twojego bezpieczeństwa.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Z PIN-em Hearth odblokowuje drzwi, otwiera garaż lub rozbraja alarm dopiero po jego wpisaniu, a nikt przy tym komputerze nie może bez niego zmienić profilu (na przykład wyjść z profilu dziecka) ani pozwolić Hearth widzieć więcej urządzeń.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>Co chroni PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>Od 4 do 12 cyfr</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Nowy PIN ponownie</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Stan PIN-u</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>P&amp;onownie:</translation>
    </message>
    <message>
        <source>Without a PIN those steps ask you to type a confirmation instead. Only a scrambled form of the PIN is kept, in the system keyring. Leave this empty and press Skip to decide later in Settings › Safety.</source>
        <translation>Bez PIN-u te kroki proszą zamiast tego o wpisanie potwierdzenia. Przechowywana jest tylko zaszyfrowana postać PIN-u, w systemowym pęku kluczy. Zostaw to puste i naciśnij Pomiń, aby zdecydować później w Ustawienia › Bezpieczeństwo.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Nie można teraz ustawić PIN-u: {error}. Możesz kontynuować bez niego.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Ten komputer ma już PIN: zostaje bez zmian (zmienisz go w Ustawienia › Bezpieczeństwo).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Nie ustawiono: {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Nie ustawiono: dwa PIN-y się różnią.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Ustawiam PIN…</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>PIN ustawiony. Kroki dotyczące bezpieczeństwa będą o niego prosić.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Witaj w Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>Hearth zamienia to, co piszesz lub mówisz, w plan, pokazuje go, wykonuje to, co zatwierdzisz, i sprawdza, czy to naprawdę się stało. Z którym domem ma pracować?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>&amp;Wypróbuj dom demonstracyjny</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Wypróbuj dom demonstracyjny</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>&amp;Połącz z Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Połącz z Home Assistant</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Zmyślony dom ze światłami, roletami, zamkami, termostatem i nie tylko. Nic naprawdę nie jest przełączane; swój dom możesz połączyć później w Ustawieniach.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Steruj urządzeniami swojego Home Assistant. Potrzebujesz jego adresu i tokenu dostępu długoterminowego, który Hearth przechowuje w systemowym pęku kluczy.</translation>
    </message>
</context>
</TS>
