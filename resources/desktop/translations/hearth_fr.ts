<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Un assistant de bureau pour votre maison : dites ce que vous voulez, vérifiez le plan, et Hearth l’exécute puis vérifie que c’est bien fait.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Version de Home Assistant</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant :</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>Non utilisé : c’est la maison de démonstration{name}, inventée pour essayer Hearth</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>Non utilisé : la maison{name} est lue dans le fichier {file}</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Non connecté (utilise {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (connecté)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Connecté ; il n’a pas donné sa version à temps</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Connecté ; sa version n’a pas pu être lue ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Aujourd’hui · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Demain · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>se répète {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu’au {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>à partir de {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>jusqu’à {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Reporter de {minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>« rappelle-moi demain à 8 h de sortir les poubelles » ou « ajoute dentiste vendredi à 15 h à mon agenda »</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>&amp;7 prochains jours</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Dates affichées</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>Relire les agendas et les rappels (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>Actualiser l’agenda</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Rappels en attente d’une réponse</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de vous</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Événements et rappels par jour</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Annuler le rappel</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>Annuler le rappel sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Annuler le rappel sélectionné</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>En attente de la maison…</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>État de l’agenda</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Agendas non lus</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n événements</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 rappel</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n rappels</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Non lus pour l’instant : {names}. Les autres agendas sont affichés ; Hearth réessaie dans une minute.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>Rien d’autre n’est prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>Rien d’autre n’est prévu dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Rien dans vos agendas et aucun rappel aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>Rien dans vos agendas et aucun rappel dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Tapez {examples} dans l’Assistant (Ctrl+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>En attente de vous · %n rappels</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Dites à Hearth quoi faire, p. ex. « baisse la lampe du canapé à 30 % »</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Entrée approuve le plan ci-dessus · Échap annule · ou tapez une nouvelle commande</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Répondez à la question ci-dessus avec ses boutons · Échap passe l’étape · ou tapez une nouvelle commande</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Tapez ce que Hearth doit faire ; Haut rappelle les commandes précédentes</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Préparation… Je m’en occupe dès que la maison est chargée.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>Non fait : Hearth n’a pas pu charger la maison (la barre d’état dit pourquoi).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Appuyer pour parler nécessite un modèle vocal Vosk : installez-en un dans Paramètres › Voix, puis maintenez le bouton Parler (ou la touche pour parler) pendant que vous parlez.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Vous : {text}</translation>
    </message>
    <message>
        <source>Hearth: {text}</source>
        <translation>Hearth : {text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Envoyer la commande</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>Envoyer la commande (Entrée)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Appuyer pour parler</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>Il n’y a rien à faire.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Je regarde…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Annuler (fait en partie)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Arrêté : rien n’a été planifié.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Remplacé par « {command} » : rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>le jeton Home Assistant</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>le mot de passe CalDAV</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>la clé d’API du modèle de langage</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>la clé de scellement du journal d’audit</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>l’empreinte du code PIN</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>la tête scellée du journal d’audit</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>aucun point d’accès pour l’instant</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>un fichier de modèle sur cet ordinateur</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>un serveur sur cet ordinateur ou le réseau local</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>un service en ligne</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>aucun trousseau système utilisable : Hearth ne garde {what} que dans le trousseau du système ({keyrings}). Démarrez-en ou installez-en un, ou définissez {variable} pour cette session. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>aucun trousseau système utilisable : Hearth ne garde {what} que dans le trousseau du système ({keyrings}). Démarrez-en ou installez-en un. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>le préréglage {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>le fichier de modèle {where} ne s&apos;est pas chargé en {seconds} s</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>le modèle local n&apos;a pas répondu en {seconds} s ; il a été arrêté et se recharge à la prochaine demande</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>le modèle de langage à {where} n&apos;a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>impossible de joindre le modèle de langage à {where} : le serveur tourne-t-il et l’adresse est-elle juste ?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>le modèle de langage à {where} a refusé la clé d’API : saisissez-la dans Paramètres › Modèle de langage</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>le modèle de langage à {where} est occupé et demande d’attendre {wait} s</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>le modèle de langage à {where} est occupé</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>le modèle local répond encore à la demande précédente</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>le modèle de langage à {where} a refusé la demande ({status}) : vérifiez l’adresse et le nom du modèle dans Paramètres › Modèle de langage</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>Hearth ne sait pas lire la réponse de {where}</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>Hearth ne sait pas lire la réponse du modèle de langage</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (Le modèle de langage n&apos;a pas pu aider : {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>Je n&apos;ai pas pu interroger le modèle de langage : {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; demande le code propre à {device}. Saisissez-le pour lancer l’étape (Hearth ne le garde jamais), ou passez l’étape.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code for {device}</source>
        <translation>Code pour {device}</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Utiliser ce code</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Annulé. Ce qui a été téléchargé est conservé : téléchargez à nouveau pour reprendre.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Décompression</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>Télécharger : {what}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Message du téléchargement</translation>
    </message>
    <message>
        <source>Connecting for {name}…</source>
        <translation>Connexion pour {name}…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total} (%p%)</source>
        <translation>{stage} : {done} sur {total} (%p%)</translation>
    </message>
    <message>
        <source>{stage} {what}…</source>
        <translation>{stage} : {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>EntityControls</name>
    <message>
        <source>{control} value</source>
        <extracomment>How long a slider (or arrow keys on it) must rest before its plan is made.</extracomment>
        <translation>Valeur de {control}</translation>
    </message>
    <message>
        <source>{control} of {name}</source>
        <translation>{control} de {name}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Allumer</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>ouvert à {percent} %</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Température de consigne de {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Régler</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Régler la température de consigne de {name}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Éteindre</translation>
    </message>
    <message>
        <source>off</source>
        <translation>éteint</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Appareil sélectionné</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Identifiant d’entité</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Rétablir ce que la dernière modification ici a changé (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Lumières, interrupteurs, ventilateurs, stores et médias changent ici tout de suite, avec une annulation possible. Serrures, portes de garage, alarmes, scènes et scripts attendent votre accord dans l’Assistant (Ctrl+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Aucun appareil sélectionné</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Sélectionnez un appareil dans la liste pour voir son état et ses commandes.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Sélectionnez un appareil de cette pièce pour le commander.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>Dans aucune pièce</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>Cet appareil indique seulement son état ; il n’y a rien à commander ici.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>Rétablissement de ce que « {asked} » a changé…</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Ce que « {asked} » a changé est rétabli.</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>Impossible de rétablir ce que « {asked} » a changé</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Configurer Hearth</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>Passer le code PIN</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>Que puis-je faire à la maison ?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Dites-moi quoi faire, ou demandez : « éteins les lumières du bas », « règle le chauffage sur 21 », « la porte du garage est-elle ouverte ? »</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Entrée envoie · Haut rappelle les commandes précédentes · Ctrl+L revient au champ de commande · un plan attend Entrée (approuver) ou Échap (annuler)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>Code PIN du propriétaire</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Saisissez le code PIN du propriétaire :</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Non défini : précisez la pièce dans chaque commande</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>Actualiser l’agenda</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Annuler le rappel sélectionné</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>Envoyer la commande ; champ de commande vide, approuver le plan en attente</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Annuler le plan en attente (quand il redemande pour une étape risquée : passer cette étape), ou arrêter celui que le modèle de langage prépare encore</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Rappeler les commandes précédentes</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Revenir au champ de commande</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Du champ de commande aux étapes et boutons du plan en attente</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>Rétablir la dernière modification faite ici</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Aide de Hearth</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Tapez ce que vous voulez dans l’Assistant, comme vous le diriez : « éteins la lumière de la cuisine », « la porte du garage est-elle ouverte ? », « rappelle-moi demain à 8 h de sortir les poubelles ». Hearth montre d’abord le plan ; ce qu’il change est ensuite vérifié sur l’appareil et conservé dans l’Historique.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu’elles font</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Raccourcis clavier&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>Non, passer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;{action} ?&lt;/b&gt; Cette action touche à la sécurité. Confirmez-la à part, ou passez-la.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Oui, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Confirmer : {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Ignorer : {action}</translation>
    </message>
    <message>
        <source>Confirm {action}</source>
        <translation>Confirmer {action}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Succeeded</source>
        <extracomment>Outcomes as words (history&apos;s ``requests.outcome``).</extracomment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Fait en partie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à changer</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Non compris</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Aujourd’hui {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
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
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>zone de notification</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>vue Maison</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>fichier de maison</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} de plus)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Rien n’a été exécuté.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Rechercher dans les demandes  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run the selected request again</source>
        <translation>Relancer la demande sélectionnée</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Planifier à nouveau la demande sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>Exporter les demandes affichées</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>Enregistrer les demandes affichées ici en CSV ou JSON</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Demandes passées</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Demande sélectionnée</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>En attente de la maison…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Planifié à nouveau : « {text} ». Voir l’Assistant (Ctrl+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>L’historique est désactivé : rien n’est enregistré.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>« {text} » — {outcome}, depuis : {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>Hearth a répondu : {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>Impossible de lire l’historique : {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Rien ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Pas encore de demandes : ce que vous demandez à Hearth apparaît ici.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (les plus récentes)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>{shown} demandes sur {total} correspondent au filtre de résultat</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Échec de l’export : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>%n demande exportée vers {path}</numerusform>
            <numerusform>%n demandes exportées vers {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>Dans Home Assistant, ouvrez votre profil, puis &lt;b&gt;Sécurité&lt;/b&gt; → &lt;b&gt;Jetons d&apos;accès longue durée&lt;/b&gt; → &lt;b&gt;Créer un jeton&lt;/b&gt;, et collez-le ici.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>URL de Home Assistant</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Un jeton d’accès longue durée ; conservé dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Stored in the keyring: leave empty to keep it</source>
        <translation>Enregistré dans le trousseau : laissez vide pour le garder</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Collez un jeton d&apos;accès longue durée</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>dernière utilisation : {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Filtrer par nom, pièce ou étage  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Chargement de la maison…</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Nombre d’appareils</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Appareils par étage et par pièce</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Détails de l’appareil</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} devices</source>
        <translation>
            <numerusform>%n appareil sur {total}</numerusform>
            <numerusform>%n appareils sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the home</source>
        <translation>Impossible de charger la maison</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>Hearth n’est pas encore connecté à la maison.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>Fichier de modèle local (sans serveur)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Jamais : tout planifier sur cet ordinateur</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Quand Hearth n’est &amp;pas sûr (recommandé)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;D’abord, avec le planificateur de Hearth quand le modèle échoue</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Pour ce que le planificateur de Hearth ne sait pas lire (« il fait trop sombre ici », « prépare la maison pour la soirée film »), il peut interroger un modèle de langage : OpenAI, un serveur de votre réseau comme Ollama, llama.cpp ou vLLM, ou un fichier de modèle que Hearth exécute lui-même. Tout ce que le modèle propose est vérifié et vous est montré avant toute exécution.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Adresse du point d’accès</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Où se trouve le point d’accès</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatique</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Délai automatique, adapté au point d’accès</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Délai utilisé</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point d’accès :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Conservée dans le trousseau du système. Les serveurs locaux n’en demandent généralement pas.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Interroger le modèle de langage :</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>&amp;Journaliser ce qui est envoyé au modèle (pour le dépannage)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Journaliser ce qui est envoyé au modèle</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Envoyé avec chaque demande : vos mots, l’heure, la pièce de cet ordinateur, la conversation récente, ainsi que les noms, pièces et états des appareils que Hearth peut utiliser (les plus importants, dans une grande maison). Jamais le jeton de Home Assistant ni la clé d’API. Avec la journalisation activée, cela va aussi dans le journal de Hearth.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;ester</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Tester le modèle de langage</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>&amp;Arrêter le test</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>Arrêter le test du modèle de langage</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Appliquer les réglages du modèle de langage</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>État du modèle de langage</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>Fichier de modèle à utiliser</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Choisir un fichier de modèle GGUF sur cet ordinateur</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>Ce qu’il faut pour exécuter un fichier de modèle</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>Le fichier de modèle utilisé</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>Ou téléchargez-en un : il est vérifié par son SHA-256 et conservé dans le dossier de données de Hearth, et un téléchargement annulé reprend la fois suivante. Les petits modèles répondent en quelques secondes sur le processeur d’un portable mais comprennent moins bien que les grands.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>Fichier de modèle à télécharger</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>Pas encore une adresse de point d’accès : indiquez-la sous la forme http(s)://hôte:port/v1.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>Sur cet ordinateur ou le réseau local : les demandes restent chez vous.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Un service en ligne : les demandes lui parviennent par Internet.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Il ne répond que par les outils de Hearth (sortie structurée), et Hearth vérifie chaque réponse.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automatique : {seconds} s, pour {why} (le premier chargement s’y ajoute : il reste chargé ensuite).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automatique : {seconds} s, pour {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automatique : adapté au point d’accès (plus long pour un point sur votre réseau).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Un plan attend au plus {seconds} s (en automatique ce serait {automatic} s, pour {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Pas encore de fichier de modèle : téléchargez-en un ou choisissez un fichier</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, environ {size} Mo (téléchargé)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, environ {size} Mo</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>llama-cpp-python est installé : Hearth peut exécuter des fichiers de modèle.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Exécuter un fichier de modèle nécessite llama-cpp-python, qui n’est pas installé : {install} (ou indiquez un Python qui l’a comme [llm] python dans settings.toml, ou {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Choisir un fichier de modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>Fichiers de modèle GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Choisi : {file} ({size} Mo). Appliquez pour l’utiliser.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>{model} téléchargé et vérifié. Appliquez pour l’utiliser.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>conservée dans le trousseau</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>aucune conservée</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Test en cours… {seconds} s (un modèle local doit parfois d’abord se charger)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Choisissez ou téléchargez d’abord un fichier de modèle.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Saisissez d’abord le point d’accès et le modèle.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Test arrêté : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Ça marche : {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>Ne fonctionne pas : {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>Non appliqué : {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Appliqué : {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>le modèle a planifié une commande de test en {seconds} s</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>le fichier de modèle s’est chargé en {seconds} s ; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned} ; sa vitesse n’a pas pu être mesurée ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned} ; sa vitesse n’a pas pu être mesurée.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned} ; premier jeton après {seconds} s</translation>
    </message>
    <message>
        <source>{timed}, {speed} tokens/s</source>
        <translation>{timed}, {speed} jetons/s</translation>
    </message>
</context>
<context>
    <name>LiveTranscript</name>
    <message>
        <source>What Hearth hears</source>
        <translation>Ce que Hearth entend</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● Écoute (chargement du modèle vocal)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● Écoute… relâchez pour envoyer, Échap pour annuler</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>Compréhension…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Connexion à la maison…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>Interrogation du modèle de langage…</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consultation de vos agendas…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Afficher l’Assistant</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Afficher la Maison</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Afficher l’Historique</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Afficher l’Agenda</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Afficher les Paramètres</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Aide : cette liste</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Quitter Hearth</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Aide et raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>Cette action touche à la sécurité. Saisissez votre code PIN :</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Commandes rapides</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Commandes rapides, commandes récentes et rappels (ce bureau n’affiche pas de zone de notification)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Ce bureau n’affiche pas de zone de notification : Hearth ne peut donc pas continuer à y fonctionner.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>Quitter Hearth maintenant (les rappels et minuteurs attendront alors son prochain démarrage), ou réduire la fenêtre pour qu’il continue de fonctionner ? Hearth retient votre choix ; Ctrl+Q quitte toujours, et les commandes rapides se trouvent sous « Commandes rapides » dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Reporter « {message} » de {minutes} minutes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Marquer « {message} » comme fait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>Annuler le rappel « {message} » et ses répétitions</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>Annuler le rappel « {message} »</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Arrêter ce rappel et toutes ses répétitions</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Arrêter ce rappel</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Définir un code PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN, encore une fois</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>Code PIN &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau code PIN :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>4 à 12 chiffres. Hearth n’en garde qu’une empreinte salée.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Les deux nouveaux codes PIN diffèrent.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>le rappel a été relu dans le stockage de Hearth</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>les %n rappels ont été relus dans le stockage de Hearth</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>l’événement a été relu dans l’agenda</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>les %n événements ont été relus dans l’agenda</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>le minuteur a été relu dans le stockage de Hearth</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>les %n minuteurs ont été relus dans le stockage de Hearth</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>chaque modification a été vérifiée sur l’appareil</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 modification d’appareil vérifiée sur l’appareil</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>%n modifications d’appareils vérifiées sur les appareils</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first}, et {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>L’étape a échoué.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>1 étape sur {total} a échoué.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>%n étapes sur {total} ont échoué.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 modification n’a pas encore pu être confirmée (elle est peut-être encore en cours).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>%n modifications n’ont pas encore pu être confirmées (elles sont peut-être encore en cours).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Fait : {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>1 étape ignorée.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>%n étapes ignorées.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Avertissement : {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Inclure : {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>demande le code de {device}</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} a son propre code : vous le saisissez en approuvant, et Hearth ne le garde jamais</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Annuler ce plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Annuler ces modifications</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Rétablir ce que ce plan a changé (ne déverrouille et n’ouvre jamais)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Entrée approuve · Échap annule</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à changer</translation>
    </message>
    <message>
        <source>Plan: {text}</source>
        <translation>Plan : {text}</translation>
    </message>
    <message>
        <source>Plan: {text}. {words}</source>
        <translation>Plan : {text}. {words}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan · %n steps</source>
        <translation>Plan · %n étapes</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>attend votre accord</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>J’ai corrigé des mots que j’ai peut-être mal entendus : vérifiez avant d’approuver.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>J’ai deviné de quel appareil vous parliez : vérifiez avant d’approuver.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Approuver la sélection (%n sur {total})</numerusform>
            <numerusform>Approuver la sélection (%n sur {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Échap passe l’étape</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>exécuté tout seul : risque faible, et l’exécution automatique est activée</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>rétablit l’état d’avant</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>allumé à {percent} %</translation>
    </message>
    <message>
        <source>on</source>
        <translation>allumé</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>ouvert à {percent} %</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>volume {percent} %</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muet</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>son activé</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} à faire</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name} : {state} (inchangé)</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Annulé : rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Annulation demandée</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>Hearth n’a pas le droit d’utiliser le micro : autorisez-le dans les paramètres de confidentialité du système</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>Le modèle vocal « {model} » n’est pas installé : choisissez-en un autre, ou téléchargez-le ci-dessous.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>Le modèle vocal « {model} » n’est pas installé : choisissez-en un autre, ou téléchargez-le, dans Paramètres › Voix.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Pas encore de modèle vocal pour la langue des commandes ({language}) : téléchargez-en un ci-dessous (un petit fait environ 40 Mo).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Pas encore de modèle vocal pour la langue des commandes ({language}) : téléchargez-en un dans Paramètres › Voix (un petit fait environ 40 Mo).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth se connecte encore à la maison.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>L’écoute a échoué : {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>Je n’ai rien entendu. Maintenez la touche pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Maintenez pour parler ({keys}) ; relâchez pour envoyer ; Échap annule. Un clic écoute jusqu’à ce que vous fassiez une pause.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Écouter jusqu’à une pause (cliquez à nouveau pour arrêter)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>La touche marche dans toutes les fenêtres : c’est un raccourci global via le portail du bureau (le bureau l’a réglée sur {keys}).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>La touche marche dans toutes les fenêtres : c’est un raccourci global via le portail du bureau.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>La touche marche quand la fenêtre de Hearth est active : ce bureau n’offre pas de portail de raccourcis globaux ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>La touche marche quand la fenêtre de Hearth est active : ce bureau n’offre pas de portail de raccourcis globaux.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Arrêter l’é&amp;coute</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>Hearth n’a pas pu écouter</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Commandes rapides</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 modifie la commande sélectionnée, Suppr la retire, Alt+Haut et Alt+Bas la déplacent</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Ajoutez une commande, p. ex. « allume la lumière de l’entrée »</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Nouvelle commande rapide</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Ajouter une commande rapide</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>Modifier la commande rapide sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>Retirer la commande rapide sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>Monter la commande rapide sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>Descendre la commande rapide sélectionnée</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>C&apos;est l&apos;heure : {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Rappel : {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>En retard — le minuteur de {length} s&apos;est terminé {words} ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>Le minuteur de {length} s&apos;est terminé {words}</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>En retard — prévu {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Prévu {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Prévu {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · se répète {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Rappel de Hearth</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Masquer (Échap) : le rappel reste en attente dans la zone de notification</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Masquer le rappel</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>&amp;Reporter de {minutes} min</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Reporter « {message} » de {minutes} minutes</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>Fermer « {message} »</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Marquer « {message} » comme fait</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Opening any cover, blind or curtain</source>
        <extracomment>The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window&apos;s translations (a changed wording shows in English until it is translated).</extracomment>
        <translation>Ouvrir tout volet, store ou rideau</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Déplacer tout volet, store ou rideau</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Armer l’alarme</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>Changer la température d’un thermostat</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Changer de mode de chauffage ou de climatisation</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Lancer des scènes</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Lancer des scripts</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Déplacer des événements d’agenda</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Supprimer des événements d’agenda</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>tout type d’appareil</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>dans toutes les pièces</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>dans 1 pièce</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>dans %n pièces</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>seulement ce qui s’exécute sans confirmation</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>jusqu’à ce qui demande une confirmation, jamais ce qui demande le code PIN</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>tout, les étapes sensibles avec le code PIN</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Peut utiliser {devices} {rooms} ; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Qui peut faire quoi sur cet ordinateur, et ce qui demande le code PIN du propriétaire. Chaque partie prend effet avec son propre bouton ; assouplir l’une d’elles demande le code PIN.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Message de sécurité</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Réglages de sécurité non appliqués</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>Appliquer les &amp;modifications du fichier…</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>Appliquer les réglages de sécurité du fichier de paramètres</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>État du code PIN</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Définir le code &amp;PIN…</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>Définir ou changer le code PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>&amp;Supprimer le code PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Supprimer le code PIN</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Demander aussi le code PIN pour</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Déverrouiller, ouvrir portes, portes de garage, portails et fenêtres, et désarmer l’alarme le demandent toujours.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>&amp;Appliquer les choix du code PIN</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Appliquer ce qui demande le code PIN</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>Ce que Hearth peut voir</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>Les appareils que Home Assistant &amp;expose à Assist</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>Suivre les appareils exposés par Home Assistant</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Tous les appareils</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Voir tous les appareils</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>Les appareils cochés sont cachés : aucun plan ne peut les voir ni les commander.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Appareils cachés à Hearth</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Appliquer le choix des appare&amp;ils</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Appliquer ce que Hearth peut voir</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Cacher un appareil s’applique tout de suite ; en voir davantage s’applique au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>Aucun code PIN ne peut être défini ni vérifié : {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>Un code PIN est défini : les étapes sensibles et les changements de profil le demandent.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>Aucun code PIN n’est défini : les étapes sensibles demandent plutôt une confirmation tapée, et les profils ne peuvent pas être changés.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Changer le code &amp;PIN…</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Actif. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Définissez d’abord un code PIN : changer de profil le demande.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Passer au profil {profile}</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>Aucun code PIN saisi : le profil n’a pas été changé.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Profil {profile} désormais utilisé.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>Code PIN changé.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>Code PIN défini. Les étapes sensibles le demandent désormais.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>Code PIN supprimé : les étapes sensibles demandent plutôt une confirmation tapée.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Ne plus demander le code PIN pour certaines actions</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Enregistré : ce qui demande le code PIN.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Laisser Hearth voir plus d’appareils</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Enregistré : ce que Hearth peut voir.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>Les appareils nouvellement visibles apparaîtront au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>Appliquer les réglages de sécurité du fichier de paramètres</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>Aucun code PIN saisi : rien n’a changé.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Appliqué : les réglages de sécurité du fichier de paramètres sont en vigueur.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifié : {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Appuyer pour parler : le modèle vocal, le microphone et la touche à maintenir pendant que vous parlez. Cette page s’ouvre une fois le moteur vocal démarré.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modèle de langage</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Comment les modifications de cette page prennent effet</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Rétablir les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>Hearth commande les appareils de votre Home Assistant, ou une maison de démonstration fictive pour l’essayer sans rien actionner de réel.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Utiliser la maison de &amp;démonstration</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Utiliser la maison de démonstration</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Se connecter à &amp;Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Se connecter à Home Assistant</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>L’emplacement de cet ordinateur indique à Hearth de quelle pièce parlent « les lumières », et la langue est celle dans laquelle vous tapez ou parlez.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Pièce de cet ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Pièce :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Les commandes, les réponses et les libellés de la fenêtre passent à la langue une fois enregistrée.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>Une fois enregistrées, les modifications ici s’appliquent dès la commande suivante.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Exécuter sans demander les commandes à faible risque</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Exécuter sans demander les commandes à faible risque</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Lumières, interrupteurs et musique s’exécutent tout de suite quand Hearth est sûr de ce que vous vouliez dire. Serrures, portes, alarmes et tout ce qu’il a compris approximativement demandent toujours d’abord.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>&amp;Garder Hearth dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continuer dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Lancer Hearth à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Lancer Hearth à l’ouverture de session</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>Hearth démarre alors dans la zone de notification (ou réduit) à l’ouverture de session, pour que les rappels se déclenchent. Cela s’applique tout de suite : inutile d’enregistrer.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Commandes rapides</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>Vos commandes préférées, à un clic dans le menu de la zone de notification. Une commande qui demande votre confirmation ouvre la fenêtre avec son plan au lieu de s’exécuter.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>Votre historique, vos rappels, l’agenda local et l’état de la maison de démonstration restent sur cet ordinateur, ici.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Choisir un autre dossier de données</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>Un nouveau dossier de données est utilisé dès le prochain démarrage : il reçoit une copie de ce qui lui manque, et rien n’est supprimé de l’ancien. Le jeton de Home Assistant n’est dans aucun des deux : il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR fixe le dossier de données pour cette session</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Il n’y a encore rien à régler ici.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>Les modifications de cette page prennent effet avec ses propres boutons ; inutile d’enregistrer.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>Les modifications de cette page prennent effet avec ses propres boutons. D’autres pages ont des modifications non enregistrées : enregistrez-les ou rétablissez-les ici.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Enregistré, mais non appliqué : {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Enregistré. La maison et le dossier de données choisis s’appliquent au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Inclure cette étape lors de l’approbation</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>Hearth consulte vos agendas</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>Hearth demande un plan au modèle de langage</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consultation de vos agendas…</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Demande d’un plan au modèle de langage…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Un modèle sur cet ordinateur ou le réseau local peut prendre un moment</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Arrêter de consulter les agendas</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Arrêter d’interroger le modèle de langage</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Chargement du modèle… {waited} s (puis jusqu’à {budget} s pour la réponse)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s sur {budget} s au plus</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>connexion à la maison…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>écoute…</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>consultation de vos agendas…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Appuyer pour parler nécessite un modèle vocal : installez-en un dans Paramètres › Voix</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Échec — {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Non confirmé — {step} (à vérifier)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Fait — {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
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
        <translation>1 rappel en attente</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>%n rappels en attente</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>Exécuter « {text} »</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Pas encore de commandes rapides (ajoutez-les dans les Paramètres)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>Commandes &amp;récentes</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>Exécuter à nouveau « {text} »</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>&amp;Afficher Hearth</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>&amp;Quitter Hearth</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>Ra&amp;ppels ({count} en attente)</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Ra&amp;ppels</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>Prévu à {time} (en retard)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>Prévu à {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>Ouvrir l’a&amp;genda</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth se connecte encore à la maison.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>Hearth continue de fonctionner</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Les commandes rapides et les rappels sont ici, dans la zone de notification. Quittez depuis son menu.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPage</name>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>État de la voix</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Modèles vocaux</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Modèle vocal à utiliser</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Utiliser :</translation>
    </message>
    <message>
        <source>Installed speech models</source>
        <translation>Modèles vocaux installés</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Listes de phrases</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Retirer le modèle vocal sélectionné</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>Hearth garde ses modèles dans {folder}.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Télécharger un modèle</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>Les petits modèles de Vosk font environ 40 à 90 Mo et fonctionnent hors ligne une fois téléchargés. Choisissez-en un, ou collez l’adresse d’un zip de modèle (ou le chemin d’un fichier zip).</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modèle à télécharger</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Plus de &amp;modèles…</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>Lister les modèles téléchargeables</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>Récupérer la liste des modèles de Vosk (nécessite le réseau)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Appuyer pour parler</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Touche à maintenir pendant que vous parlez</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>&amp;Maintenir pour parler :</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Où fonctionne la touche pour parler</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Jouer un &amp;son au début et à la fin de l’écoute</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Signal sonore</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Confiance nécessaire pour exécuter sans demander</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>Exécuter sans &amp;confirmation à partir de :</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Une commande vocale entendue avec moins de confiance que cela, ou choisie parmi les autres choses que Hearth a pu entendre, vous est toujours d’abord soumise pour accord.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Écouter aussi le texte &amp;libre</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Reconnaissance libre</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>Le texte libre, c’est ce que disent les rappels et les articles de courses. Hearth écoute surtout les noms et les commandes propres à votre maison ; le texte libre demande un second passage sur la parole, ce qui coûte plus de temps de processeur.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>Inutilisable : {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Maintenez {keys} (ou le bouton Parler) et parlez ; relâchez pour envoyer. Un clic sur Parler, ou Écouter dans la zone de notification, écoute jusqu’à une pause ; Échap annule. Hearth vous entend hors ligne avec un modèle vocal Vosk et guette les noms de votre maison.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automatique : le premier modèle pour la langue</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (non installé)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Aucun modèle vocal installé pour l’instant : téléchargez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Prêt : {model} ({language}), chargé. Langue des commandes : {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Prêt : {model} ({language}), se charge quand vous parlez la première fois. Langue des commandes : {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>{model} installé, un modèle pour une autre langue ({language}) : choisissez-le ci-dessus, et la même langue dans Cet ordinateur, pour l’utiliser.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>langue inconnue</translation>
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
        <translation>{model} — suggéré</translation>
    </message>
    <message>
        <source>{model} came with {origin}: remove it with pip</source>
        <translation>{model} est venu avec {origin} : supprimez-le avec pip</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Supprimer le modèle sélectionné du dossier de données</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>Non enregistré : impossible d’écrire {file} : {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>{model} installé ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Petits modèles : {count} ; ceux de votre langue d&apos;abord.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Récupération de la liste des modèles…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Non supprimé : {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Commandes rapides</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>Vos commandes préférées, à un clic dans le menu de la zone de notification. Vous pouvez les changer à tout moment dans les Paramètres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossier de données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>Votre historique, vos rappels et l’état de la maison de démonstration restent ici, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>_ComputerPage</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>L’emplacement de cet ordinateur indique à Hearth de quelle pièce parlent « les lumières » quand vous ne le précisez pas.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Pièce de cet ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Exécuter sans demander les commandes à faible risque</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Exécuter sans demander les commandes à faible risque</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Pièce :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Lumières, interrupteurs et musique s’exécutent alors tout de suite quand Hearth est sûr de ce que vous vouliez dire. Serrures, portes et alarmes demandent toujours d’abord.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Chargement de la maison de démonstration…</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>La maison de démonstration n’a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home} : {count} pièces.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>Non exécuté</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Se connecter à Home Assistant</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Saisissez l’adresse de votre Home Assistant et un jeton d’accès, puis testez la connexion.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>Le jeton n’a pas pu être conservé : {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>Un code PIN pour les étapes sensibles (facultatif)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>Un code PIN garde entre vos mains les étapes qui comptent pour votre sécurité.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Avec un code PIN, Hearth ne déverrouille les portes, n’ouvre le garage ou ne désarme l’alarme qu’après que vous l’avez tapé, et personne devant cet ordinateur ne peut changer de profil (quitter le profil enfant, par exemple) ni laisser Hearth voir plus d’appareils sans lui.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>Ce que protège le code PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Le nouveau code PIN, encore une fois</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>État du code PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Without a PIN those steps ask you to type a confirmation instead. Only a scrambled form of the PIN is kept, in the system keyring. Leave this empty and press Skip to decide later in Settings › Safety.</source>
        <translation>Sans code PIN, ces étapes vous demandent plutôt de taper une confirmation. Seule une forme brouillée du code PIN est conservée, dans le trousseau du système. Laissez ce champ vide et appuyez sur Passer pour décider plus tard dans Paramètres › Sécurité.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Impossible de définir un code PIN pour l’instant : {error}. Vous pouvez continuer sans.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Cet ordinateur a déjà un code PIN : il reste tel quel (modifiable dans Paramètres › Sécurité).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Non défini : {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Non défini : les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Définition du code PIN…</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>Code PIN défini. Les étapes sensibles le demanderont.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>Hearth transforme ce que vous tapez ou dites en un plan, vous le montre, exécute ce que vous approuvez et vérifie que c’est vraiment fait. Avec quelle maison doit-il travailler ?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>&amp;Essayer la maison de démonstration</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Essayer la maison de démonstration</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>Se &amp;connecter à Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Se connecter à Home Assistant</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Une maison fictive avec lumières, stores, serrures, thermostat et plus encore. Rien de réel n’est actionné ; vous pourrez connecter votre maison plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Commander les appareils de votre Home Assistant. Il vous faut son adresse et un jeton d’accès longue durée, que Hearth conserve dans le trousseau du système.</translation>
    </message>
</context>
</TS>
