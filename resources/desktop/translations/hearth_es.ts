<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Un asistente de escritorio para tu casa: di lo que quieres, revisa el plan y Hearth lo ejecuta y comprueba que se ha hecho.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Versión de Home Assistant</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>No se usa: esta es la casa de demostración{name}, inventada para probar Hearth</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>No se usa: la casa{name} se lee del archivo {file}</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Sin conexión (usando {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (conectado)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Conectado; no dijo su versión a tiempo</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Conectado; no se pudo leer su versión ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Hoy · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Mañana · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>se repite {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>hasta el {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>desde las {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>hasta las {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>«recuérdame mañana a las 8 sacar la basura» o «añade dentista el viernes a las 3 a mi calendario»</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Próximos &amp;7 días</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Fechas mostradas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>Volver a leer los calendarios y recordatorios (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>Actualizar la agenda</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Recordatorios pendientes de respuesta</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperándote</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Eventos y recordatorios por día</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Cancelar recordatorio</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>Cancelar el recordatorio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Cancelar el recordatorio seleccionado</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Esperando a la casa…</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Estado de la agenda</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Calendarios sin leer</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n eventos</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 recordatorio</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n recordatorios</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>en espera: {count}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Actualizado a las {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Sin leer por ahora: {names}. Se muestran los demás calendarios; Hearth lo vuelve a intentar en un minuto.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>No hay nada más previsto para hoy.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>No hay nada más previsto en los próximos 7 días.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Nada en tus calendarios y ningún recordatorio hoy.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>Nada en tus calendarios y ningún recordatorio en los próximos 7 días.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Escribe {examples} en el Asistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>Esperándote · %n recordatorios</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Dile a Hearth qué hacer, p. ej. «baja la lámpara del sofá al 30 por ciento»</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Intro aprueba el plan de arriba · Esc lo cancela · o escribe otra orden</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Responde a la pregunta de arriba con sus botones · Esc omite el paso · o escribe otra orden</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Escribe lo que Hearth debe hacer; Arriba recupera órdenes anteriores</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Preparándome… Lo haré en cuanto se haya cargado la casa.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>No hecho: Hearth no pudo cargar la casa (la barra de estado dice por qué).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Pulsar para hablar necesita un modelo de voz de Vosk: instala uno en Ajustes › Voz y mantén pulsado el botón Hablar (o la tecla para hablar) mientras hablas.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Tú: {text}</translation>
    </message>
    <message>
        <source>Hearth: {text}</source>
        <translation>Hearth: {text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Enviar orden</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>Enviar la orden (Intro)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Voy a mirar…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Deshacer (hecho en parte)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Detenido: no se planificó nada.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Sustituido por «{command}»: no se ejecutó nada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>el token de Home Assistant</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>la contraseña de CalDAV</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>la clave de API del modelo de lenguaje</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>la clave de sellado del registro de auditoría</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>el hash del PIN</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>la cabecera sellada del registro de auditoría</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>ningún servidor todavía</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>un archivo de modelo en este ordenador</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>un servidor en este ordenador o en la red local</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>un servicio en la nube</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>no hay un llavero del sistema utilizable: Hearth guarda {what} solo en el llavero del sistema ({keyrings}). Inicia o instala uno, o define {variable} para esta sesión. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>no hay un llavero del sistema utilizable: Hearth guarda {what} solo en el llavero del sistema ({keyrings}). Inicia o instala uno. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>el ajuste predefinido {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>el archivo de modelo {where} no se cargó en {seconds} s</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>el modelo local no respondió en {seconds} s; se detuvo y se vuelve a cargar con la próxima solicitud</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>el modelo de lenguaje en {where} no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>no se puede contactar con el modelo de lenguaje en {where}: ¿está el servidor en marcha y es correcta la dirección?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>el modelo de lenguaje en {where} rechazó la clave de API: indícala en Ajustes › Modelo de lenguaje</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>el modelo de lenguaje en {where} está ocupado y pide esperar {wait} s</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>el modelo de lenguaje en {where} está ocupado</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>el modelo local aún está respondiendo a la solicitud anterior</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>el modelo de lenguaje en {where} rechazó la solicitud ({status}): revisa la dirección y el nombre del modelo en Ajustes › Modelo de lenguaje</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>Hearth no puede leer la respuesta de {where}</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>Hearth no puede leer la respuesta del modelo de lenguaje</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (El modelo de lenguaje no pudo ayudar: {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>No pude consultar al modelo de lenguaje: {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; necesita el código propio de {device}. Escríbelo para ejecutar el paso (Hearth nunca lo guarda) u omite el paso.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code for {device}</source>
        <translation>Código de {device}</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Usar este código</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Omitir este paso</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Cancelado. Lo descargado se conserva: descarga de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Descomprimiendo</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>Descargar: {what}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Mensaje de la descarga</translation>
    </message>
    <message>
        <source>Connecting for {name}…</source>
        <translation>Conectando para {name}…</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total} (%p%)</source>
        <translation>{stage}: {done} de {total} (%p%)</translation>
    </message>
    <message>
        <source>{stage} {what}…</source>
        <translation>{stage}: {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>EntityControls</name>
    <message>
        <source>{control} value</source>
        <extracomment>How long a slider (or arrow keys on it) must rest before its plan is made.</extracomment>
        <translation>Valor de {control}</translation>
    </message>
    <message>
        <source>{control} of {name}</source>
        <translation>{control} de {name}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Encender</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Encendido</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Persiana</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>abierto al {percent} %</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Temperatura objetivo de {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Fijar la temperatura objetivo de {name}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>off</source>
        <translation>apagado</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Dispositivo seleccionado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID de entidad</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Restaurar lo que cambió aquí el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Luces, interruptores, ventiladores, persianas y multimedia cambian aquí al momento, con opción de deshacer. Cerraduras, puertas de garaje, alarmas, escenas y scripts esperan tu aprobación en el Asistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Ningún dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Selecciona un dispositivo de la lista para ver su estado y sus controles.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Selecciona un dispositivo de esta zona para controlarlo.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>En ninguna zona</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>Este dispositivo solo informa de su estado; aquí no hay nada que accionar.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>Restaurando lo que cambió «{asked}»…</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Se restauró lo que cambió «{asked}».</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>No se pudo restaurar lo que cambió «{asked}»</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Configurar Hearth</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>Omitir el PIN</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>¿Qué puedo hacer en casa?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Dime qué hacer o pregunta: «apaga las luces de abajo», «pon la calefacción a 21», «¿está abierta la puerta del garaje?»</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Intro envía · Arriba recupera órdenes anteriores · Ctrl+L vuelve al cuadro de órdenes · un plan espera Intro (aprobar) o Esc (cancelar)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN del propietario</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Escribe el PIN del propietario:</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Sin definir: di la habitación en cada orden</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>Actualizar la agenda</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Cancelar el recordatorio seleccionado</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>Enviar la orden; con el cuadro de órdenes vacío, aprobar el plan pendiente</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Cancelar el plan pendiente (si vuelve a preguntar por un paso arriesgado: omitir ese paso) o detener el que el modelo de lenguaje aún está preparando</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Recuperar órdenes anteriores</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Volver al cuadro de órdenes</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Del cuadro de órdenes a los pasos y botones del plan pendiente</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Buscar en las peticiones</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtrar los dispositivos</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>Restaurar el último cambio hecho aquí</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Ayuda de Hearth</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Escribe lo que quieres en el Asistente, como lo dirías: «apaga la luz de la cocina», «¿está abierta la puerta del garaje?», «recuérdame mañana a las 8 sacar la basura». Hearth muestra primero el plan; lo que cambia se comprueba después en el dispositivo y queda en el Historial.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atajos de teclado&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>No, omitirlo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;¿{action}?&lt;/b&gt; Esto afecta a la seguridad. Confírmalo por separado u omítelo.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Sí, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Confirmar: {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Omitir: {action}</translation>
    </message>
    <message>
        <source>Confirm {action}</source>
        <translation>Confirmar {action}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Succeeded</source>
        <extracomment>Outcomes as words (history&apos;s ``requests.outcome``).</extracomment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Hecho en parte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nada que cambiar</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>No entendido</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ayer {time}</translation>
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
        <translation>ventana</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>bandeja</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de órdenes</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>vista Casa</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>archivo de casa</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} más)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>No se ejecutó nada.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Buscar peticiones  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Run the selected request again</source>
        <translation>Repetir la petición seleccionada</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Planificar de nuevo la petición seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>Exportar las peticiones mostradas</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>Guardar las peticiones mostradas aquí como CSV o JSON</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Peticiones anteriores</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Petición seleccionada</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Esperando a la casa…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Planificado de nuevo: «{text}». Míralo en el Asistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>El historial está desactivado: no se registra nada.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>«{text}» — {outcome}, desde: {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>Hearth dijo: {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>No se puede leer el historial: {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nada coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Aún no hay peticiones: lo que le pidas a Hearth aparece aquí.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (las más recientes)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n petición</numerusform>
            <numerusform>%n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>{shown} de {total} peticiones coinciden con el filtro de resultado</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Error al exportar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>%n petición exportada a {path}</numerusform>
            <numerusform>%n peticiones exportadas a {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>En Home Assistant abre tu perfil y luego &lt;b&gt;Seguridad&lt;/b&gt; → &lt;b&gt;Tokens de acceso de larga duración&lt;/b&gt; → &lt;b&gt;Crear token&lt;/b&gt;, y pégalo aquí.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>URL de Home Assistant</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Un token de acceso de larga duración; se guarda en el llavero</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Stored in the keyring: leave empty to keep it</source>
        <translation>Guardado en el llavero: déjalo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Pega un token de acceso de larga duración</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>último uso: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Filtrar por nombre, zona o planta  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Cargando la casa…</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Número de dispositivos</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Dispositivos por planta y zona</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Detalles del dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} devices</source>
        <translation>
            <numerusform>%n de {total} dispositivos</numerusform>
            <numerusform>%n de {total} dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the home</source>
        <translation>No se pudo cargar la casa</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>Hearth aún no está conectado a la casa.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>Archivo de modelo local (sin servidor)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Nunca: planificar todo en este ordenador</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Cuando Hearth &amp;no está seguro (recomendado)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;Primero, con el planificador de Hearth cuando el modelo falla</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Para lo que el planificador propio de Hearth no sabe leer («aquí está demasiado oscuro», «prepara la casa para la noche de cine»), puede preguntar a un modelo de lenguaje: OpenAI, un servidor de tu red como Ollama, llama.cpp o vLLM, o un archivo de modelo que Hearth ejecuta él mismo. Todo lo que el modelo propone se comprueba y se te muestra antes de ejecutar nada.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Dirección del endpoint</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Dónde está el endpoint</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomático</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Tiempo de espera automático, adaptado al endpoint</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Tiempo de espera en uso</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Se guarda en el llavero del sistema. Los servidores locales no suelen necesitarla.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Preguntar al modelo de lenguaje:</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>&amp;Registrar lo que se envía al modelo (para diagnosticar problemas)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Registrar lo que se envía al modelo</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Se envía con cada petición: tus palabras, la hora, la habitación de este ordenador, la conversación reciente y los nombres, habitaciones y estados de los dispositivos que Hearth puede usar (los más importantes, en una casa grande). Nunca el token de Home Assistant ni la clave de API. Con el registro activado, también va al registro de Hearth.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Probar el modelo de lenguaje</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>&amp;Detener prueba</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>Detener la prueba del modelo de lenguaje</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Aplicar los ajustes del modelo de lenguaje</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>Estado del modelo de lenguaje</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>Archivo de modelo que usar</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Elegir un archivo de modelo GGUF de este ordenador</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>Qué hace falta para ejecutar un archivo de modelo</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>El archivo de modelo en uso</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>O descarga uno: se comprueba con su SHA-256 y se guarda en la carpeta de datos de Hearth, y una descarga cancelada continúa la próxima vez. Los modelos pequeños responden en segundos con el procesador de un portátil, pero entienden menos que los grandes.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>Archivo de modelo que descargar</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>Aún no es una dirección de endpoint: indícala como http(s)://host:puerto/v1.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>En este ordenador o en la red local: las peticiones se quedan en tu casa.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Un servicio en la nube: las peticiones le llegan por internet.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Responde solo mediante las herramientas de Hearth (salida estructurada), y Hearth comprueba cada respuesta.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automático: {seconds} s, para {why} (la primera carga se suma: después sigue cargado).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automático: {seconds} s, para {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automático: según el punto de acceso (más largo para uno de tu red).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Un plan espera como máximo {seconds} s (en automático serían {automatic} s, para {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Aún no hay archivo de modelo: descarga uno o elige un archivo</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, unos {size} MB (descargado)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, unos {size} MB</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>llama-cpp-python está instalado: Hearth puede ejecutar archivos de modelo.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Ejecutar un archivo de modelo necesita llama-cpp-python, que no está instalado: {install} (o indica un Python que lo tenga como [llm] python en settings.toml, o {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Elegir un archivo de modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>Archivos de modelo GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Elegido: {file} ({size} MB). Aplica para usarlo.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>{model} descargado y comprobado. Aplica para usarlo.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Probando… {seconds} s (un modelo local puede tener que cargarse primero)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Elige o descarga primero un archivo de modelo.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Introduce primero el punto de acceso y el modelo.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Prueba detenida: no se guardó nada.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Funciona: {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>No funciona: {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>No aplicado: {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Aplicado: {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>el modelo planificó una orden de prueba en {seconds} s</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>el archivo de modelo se cargó en {seconds} s; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned}; no se pudo medir su velocidad ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned}; no se pudo medir su velocidad.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned}; primer token tras {seconds} s</translation>
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
        <translation>Lo que oye Hearth</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● Escuchando (cargando el modelo de voz)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● Escuchando… suelta para enviar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>Entendiendo…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Conectando con la casa…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>Preguntando al modelo de lenguaje…</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consultando tus calendarios…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Mostrar el Asistente</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Mostrar la Casa</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Mostrar el Historial</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Mostrar la Agenda</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Mostrar los Ajustes</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Ayuda: esta lista</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Salir de Hearth</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Ayuda y atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>Esto afecta a la seguridad. Escribe tu PIN:</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Órdenes rápidas</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Órdenes rápidas, órdenes recientes y recordatorios (este escritorio no muestra bandeja del sistema)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Este escritorio no muestra bandeja del sistema, así que Hearth no puede seguir funcionando allí.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>¿Salir de Hearth ahora (los recordatorios y temporizadores esperarán hasta que vuelva a arrancar) o minimizar la ventana para que siga funcionando? Hearth recuerda tu elección; Ctrl+Q siempre sale, y las órdenes rápidas están en «Órdenes rápidas» en la ventana.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Posponer «{message}» {minutes} minutos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Marcar «{message}» como hecho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>Cancelar el recordatorio «{message}» y sus repeticiones</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>Cancelar el recordatorio «{message}»</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Detener este recordatorio y todas sus repeticiones</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Detener este recordatorio</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Definir un PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repite el nuevo PIN</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuevo PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>De 4 a 12 dígitos. Hearth solo guarda un hash con sal.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>encendido al {percent} %</translation>
    </message>
    <message>
        <source>on</source>
        <translation>encendido</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>abierto al {percent} %</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>volumen al {percent} %</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>con sonido</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>por hacer: {count}</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name}: {state} (sin cambios)</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>el recordatorio se volvió a leer del almacén de Hearth</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>los %n recordatorios se volvieron a leer del almacén de Hearth</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>el evento se volvió a leer del calendario</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>los %n eventos se volvieron a leer del calendario</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>el temporizador se volvió a leer del almacén de Hearth</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>los %n temporizadores se volvieron a leer del almacén de Hearth</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>cada cambio se comprobó en el dispositivo</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 cambio de dispositivo comprobado en el dispositivo</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>%n cambios de dispositivos comprobados en los dispositivos</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>No se ejecutó nada.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>El paso falló.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>Falló 1 de {total} pasos.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>Fallaron %n de {total} pasos.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 cambio aún no se pudo confirmar (puede que siga en curso).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>%n cambios aún no se pudieron confirmar (puede que sigan en curso).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Hecho: {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>1 paso omitido.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>%n pasos omitidos.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Advertencia: {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Incluir: {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>necesita el código de {device}</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} tiene su propio código: lo escribes al aprobar y Hearth nunca lo guarda</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Cancelar este plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Deshacer estos cambios</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Restaurar lo que cambió este plan (nunca desbloquea ni abre)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Intro aprueba · Esc cancela</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
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
        <translation>Plan · %n pasos</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>restaura el estado anterior</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>necesita tu aprobación</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>He corregido palabras que quizá oí mal: revísalo antes de aprobar.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>He supuesto a qué dispositivo te referías: revísalo antes de aprobar.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Aprobar selección (%n de {total})</numerusform>
            <numerusform>Aprobar selección (%n de {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Esc omite el paso</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>se ejecutó solo: riesgo bajo y la ejecución automática está activada</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Cancelado: no se ejecutó nada.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Deshacer solicitado</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>Hearth no puede usar el micrófono: permítelo en los ajustes de privacidad del sistema</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>El modelo de voz «{model}» no está instalado: elige otro, o descárgalo abajo.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>El modelo de voz «{model}» no está instalado: elige otro, o descárgalo, en Ajustes › Voz.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Aún no hay modelo de voz para el idioma de las órdenes ({language}): descarga uno abajo (uno pequeño ocupa unos 40 MB).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Aún no hay modelo de voz para el idioma de las órdenes ({language}): descarga uno en Ajustes › Voz (uno pequeño ocupa unos 40 MB).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth aún se está conectando con la casa.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>Falló la escucha: {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>No he oído nada. Mantén pulsada la tecla mientras hablas.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Mantén pulsado para hablar ({keys}); suelta para enviar; Esc cancela. Un clic escucha hasta que hagas una pausa.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Escuchar hasta que hagas una pausa (haz clic de nuevo para parar)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>La tecla funciona en cualquier ventana: es un atajo global a través del portal del escritorio (el escritorio la fijó en {keys}).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>La tecla funciona en cualquier ventana: es un atajo global a través del portal del escritorio.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>La tecla funciona mientras la ventana de Hearth está activa: este escritorio no ofrece portal de atajos globales ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>La tecla funciona mientras la ventana de Hearth está activa: este escritorio no ofrece portal de atajos globales.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Dejar de &amp;escuchar</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>Hearth no pudo escuchar</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Órdenes rápidas</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 edita la orden seleccionada, Supr la quita, Alt+Arriba y Alt+Abajo la mueven</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Añade una orden, p. ej. «enciende la luz del porche»</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Nueva orden rápida</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Añadir orden rápida</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>Editar la orden rápida seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>Quitar la orden rápida seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>Subir la orden rápida seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>Bajar la orden rápida seleccionada</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>Se acabó el tiempo: {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Recordatorio: {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>Con retraso: el temporizador de {length} terminó {words} ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>El temporizador de {length} terminó {words}</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>Con retraso: vencía {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Vencía {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Vence {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · se repite {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Recordatorio de Hearth</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Descartar (Esc): el recordatorio sigue esperando en la bandeja</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>&amp;Posponer {minutes} min</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Posponer «{message}» {minutes} minutos</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>Descartar «{message}»</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Marcar «{message}» como hecho</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Infantil</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Opening any cover, blind or curtain</source>
        <extracomment>The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window&apos;s translations (a changed wording shows in English until it is translated).</extracomment>
        <translation>Abrir cualquier persiana, estor o cortina</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Mover cualquier persiana, estor o cortina</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Armar la alarma</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>Cambiar la temperatura de un termostato</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Cambiar entre modos de calefacción o refrigeración</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Ejecutar escenas</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Ejecutar scripts</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Mover eventos del calendario</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Borrar eventos del calendario</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>todo tipo de dispositivos</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>en todas las habitaciones</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>en 1 habitación</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>en %n habitaciones</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>solo lo que se ejecuta sin confirmación</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>hasta lo que necesita una confirmación, nunca lo que necesita el PIN</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>todo, los pasos delicados para la seguridad con el PIN</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Puede usar {devices} {rooms}; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Quién puede hacer qué en este ordenador y qué necesita el PIN del propietario. Cada parte se aplica al pulsar su propio botón; relajar cualquiera de ellas necesita el PIN.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Mensaje de seguridad</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>&amp;Cambiar de perfil…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Ajustes de seguridad no vigentes</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>Aplicar los cam&amp;bios del archivo…</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>Aplicar los ajustes de seguridad del archivo de ajustes</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Estado del PIN</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Definir &amp;PIN…</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>Definir o cambiar el PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>&amp;Quitar el PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Pedir también el PIN para</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Desbloquear, abrir puertas, puertas de garaje, cancelas y ventanas, y desarmar la alarma siempre lo necesitan.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>&amp;Aplicar opciones del PIN</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Aplicar lo que necesita el PIN</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>Lo que Hearth puede ver</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>Los dispositivos que Home Assistant &amp;expone a Assist</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>Seguir los dispositivos expuestos de Home Assistant</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Todos los dispositivos</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Ver todos los dispositivos</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>Los dispositivos marcados quedan ocultos: ningún plan puede verlos ni controlarlos.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Dispositivos ocultos para Hearth</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Aplicar opciones de &amp;dispositivos</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Aplicar lo que Hearth puede ver</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Ocultar un dispositivo se aplica al momento; ver más se aplica la próxima vez que arranque Hearth.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>No se puede definir ni comprobar ningún PIN: {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>Hay un PIN definido: los pasos delicados para la seguridad y los cambios de perfil lo necesitan.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>No hay ningún PIN definido: los pasos delicados para la seguridad piden en su lugar escribir una confirmación, y no se puede cambiar de perfil.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Cambiar el &amp;PIN…</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Activo. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Define primero un PIN: cambiar de perfil lo necesita.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Cambiar al perfil {profile}</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>No se escribió ningún PIN: no se cambió de perfil.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Ahora se usa el perfil {profile}.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN cambiado.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>PIN definido. Los pasos delicados para la seguridad lo necesitan ahora.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>PIN quitado: los pasos delicados para la seguridad piden en su lugar escribir una confirmación.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Dejar de pedir el PIN para algunas acciones</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Guardado: lo que necesita el PIN.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Dejar que Hearth vea más dispositivos</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Guardado: lo que Hearth puede ver.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>Los dispositivos que ahora se muestran aparecerán la próxima vez que arranque Hearth.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>Aplicar los ajustes de seguridad del archivo de ajustes</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>No se escribió ningún PIN: no cambió nada.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Aplicado: los ajustes de seguridad del archivo de ajustes están vigentes.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sin cambios: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Pulsar para hablar: el modelo de voz, el micrófono y la tecla que mantener pulsada al hablar. Esta página se abre cuando el motor de voz ha arrancado.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Mensaje de los ajustes</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Cómo se aplican los cambios de esta página</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Revertir los cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>Hearth controla los dispositivos de tu Home Assistant, o una casa de demostración inventada para probarlo sin accionar nada real.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Usar la casa de &amp;demostración</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Usar la casa de demostración</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Conectar con &amp;Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Conectar con Home Assistant</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>El lugar donde está este ordenador le dice a Hearth a qué habitación se refiere «las luces», y el idioma es el que usas al escribir o hablar.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Zona de este ordenador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Las órdenes, las respuestas y los textos de la ventana cambian al idioma al guardarlo.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>Los cambios de aquí se aplican a la siguiente orden una vez guardados.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Ejecutar sin preguntar las órdenes de riesgo bajo</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Ejecutar sin preguntar las órdenes de riesgo bajo</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Luces, interruptores y música se ejecutan al momento cuando Hearth está seguro de lo que querías decir. Cerraduras, puertas, alarmas y todo lo que entendió de forma aproximada siempre preguntan antes.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>&amp;Mantener Hearth en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Seguir funcionando en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Iniciar Hearth al i&amp;niciar sesión</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Iniciar Hearth al iniciar sesión</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>Hearth arranca entonces en la bandeja (o minimizado) al iniciar sesión, para que suenen los recordatorios. Se aplica al momento: no hace falta guardar.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Órdenes rápidas</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>Tus órdenes favoritas, a un clic en el menú de la bandeja. Una orden que necesita tu confirmación abre la ventana con su plan en lugar de ejecutarse.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>Tu historial, los recordatorios, el calendario local y el estado de la casa de demostración se quedan en este ordenador, aquí.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Camb&amp;iar…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Elegir otra carpeta de datos</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>La nueva carpeta de datos se usa desde el próximo arranque: recibe una copia de lo que le falta y no se borra nada de la anterior. El token de Home Assistant no está en ninguna de las dos: se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR fija la carpeta de datos de esta sesión</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Aún no hay nada que ajustar aquí.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>Los cambios de esta página se aplican con sus propios botones; no hace falta guardar.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>Los cambios de esta página se aplican con sus propios botones. Otras páginas tienen cambios sin guardar: guárdalos o reviértelos aquí.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Guardado, pero no aplicado: {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Guardado. La casa y la carpeta de datos elegidas se aplican la próxima vez que se inicie Hearth.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Incluir este paso al aprobar</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>Hearth está consultando tus calendarios</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>Hearth está pidiendo un plan al modelo de lenguaje</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consultando tus calendarios…</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Pidiendo un plan al modelo de lenguaje…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Un modelo en este ordenador o en la red local puede tardar un rato</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Dejar de consultar los calendarios</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Dejar de preguntar al modelo de lenguaje</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Cargando el modelo… {waited} s (luego hasta {budget} s para la respuesta)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s de un máximo de {budget} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>conectando con la casa…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>trabajando…</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>escuchando…</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>consultando tus calendarios…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Pulsar para hablar necesita un modelo de voz: instala uno en Ajustes › Voz</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Fallido: {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Sin confirmar: {step} (compruébalo)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>No se ejecutó nada.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Hecho: {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
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
        <translation>1 recordatorio pendiente</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>%n recordatorios pendientes</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>Ejecutar «{text}»</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Aún no hay órdenes rápidas (añádelas en Ajustes)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>Órdenes &amp;recientes</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>Ejecutar de nuevo «{text}»</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>&amp;Mostrar Hearth</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>&amp;Salir de Hearth</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>Reco&amp;rdatorios (en espera: {count})</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Reco&amp;rdatorios</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>Vencía a las {time} (con retraso)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>Vencía a las {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>Abrir la &amp;agenda</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>Hearth aún se está conectando con la casa.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada que hacer.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>Hearth sigue en marcha</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Las órdenes rápidas y los recordatorios están aquí, en la bandeja. Sal desde su menú.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsPage</name>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Estado de la voz</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Modelos de voz</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Modelo de voz que usar</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usar:</translation>
    </message>
    <message>
        <source>Installed speech models</source>
        <translation>Modelos de voz instalados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Listas de frases</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Quitar el modelo de voz seleccionado</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>Hearth guarda sus modelos en {folder}.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Descargar un modelo</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>Los modelos pequeños de Vosk ocupan unos 40–90 MB y funcionan sin conexión una vez descargados. Elige uno o pega la dirección del zip de un modelo (o la ruta de un archivo zip).</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modelo que descargar</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Más &amp;modelos…</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>Listar los modelos que se pueden descargar</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>Obtener la lista de modelos de Vosk (necesita la red)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Tecla que mantener pulsada al hablar</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>&amp;Mantener para hablar:</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Dónde funciona la tecla de pulsar para hablar</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Reproducir un &amp;sonido al empezar y terminar de escuchar</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Aviso sonoro</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Confianza necesaria para ejecutar sin preguntar</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>Ejecutar &amp;sin ver desde:</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Una orden hablada que se oyó con menos confianza que esta, o elegida entre las otras cosas que Hearth pudo oír, siempre se te muestra antes para que la apruebes.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Escuchar también &amp;texto libre</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Reconocimiento libre</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>El texto libre es lo que dicen los recordatorios y los artículos de la compra. Hearth escucha sobre todo los nombres y órdenes propios de tu casa; el texto libre requiere una segunda pasada sobre el habla, que cuesta más tiempo de procesador.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>No utilizable: {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Mantén pulsado {keys} (o el botón Hablar) y habla; suelta para enviar. Un clic en Hablar, o Escuchar en la bandeja, escucha hasta que hagas una pausa; Esc cancela. Hearth te oye sin conexión con un modelo de voz de Vosk y presta atención a los nombres de tu casa.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automático: el primer modelo del idioma</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (no instalado)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Aún no hay ningún modelo de voz instalado: descarga uno abajo.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Listo: {model} ({language}), cargado. Idioma de las órdenes: {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Listo: {model} ({language}), se carga la primera vez que hables. Idioma de las órdenes: {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>{model} instalado, un modelo para otro idioma ({language}): elígelo arriba, y el mismo idioma en Este ordenador, para usarlo.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>idioma desconocido</translation>
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
        <translation>{model} — sugerido</translation>
    </message>
    <message>
        <source>{model} came with {origin}: remove it with pip</source>
        <translation>{model} vino con {origin}: quítelo con pip</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Borrar el modelo seleccionado de la carpeta de datos</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>No guardado: no se puede escribir {file}: {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>{model} instalado ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Modelos pequeños: {count}; primero los de su idioma.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Obteniendo la lista de modelos…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>No eliminado: {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Órdenes rápidas</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>Tus órdenes favoritas, a un clic en el menú de la bandeja. Puedes cambiarlas cuando quieras en Ajustes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Carpeta de datos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>Tu historial, los recordatorios y el estado de la casa de demostración se quedan aquí, en este ordenador.</translation>
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
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>El lugar donde está este ordenador le dice a Hearth a qué habitación se refiere «las luces» cuando no lo dices.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Zona de este ordenador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Ejecutar sin preguntar las órdenes de riesgo bajo</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Ejecutar sin preguntar las órdenes de riesgo bajo</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Luces, interruptores y música se ejecutan entonces al momento cuando Hearth está seguro de lo que querías decir. Cerraduras, puertas y alarmas siempre preguntan antes.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Cargando la casa de demostración…</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>No se pudo leer la casa de demostración: {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home}: {count} zonas.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>No ejecutado</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Conectar con Home Assistant</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Escribe la dirección de tu Home Assistant y un token de acceso, y luego prueba la conexión.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>No se pudo guardar el token: {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>Un PIN para los pasos delicados para la seguridad (opcional)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>Un PIN deja en tus manos los pasos que importan para tu seguridad.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Con un PIN, Hearth desbloquea puertas, abre el garaje o desarma la alarma solo después de que lo escribas, y nadie en este ordenador puede cambiar de perfil (salir del perfil infantil, por ejemplo) ni dejar que Hearth vea más dispositivos sin él.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>Lo que protege el PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Repite el nuevo PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Estado del PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Without a PIN those steps ask you to type a confirmation instead. Only a scrambled form of the PIN is kept, in the system keyring. Leave this empty and press Skip to decide later in Settings › Safety.</source>
        <translation>Sin PIN, esos pasos te piden escribir una confirmación. Solo se guarda una forma cifrada del PIN, en el llavero del sistema. Deja esto vacío y pulsa Omitir para decidirlo más tarde en Ajustes › Seguridad.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Ahora no se puede definir un PIN: {error}. Puedes seguir sin él.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Este ordenador ya tiene un PIN: se queda como está (cámbialo en Ajustes › Seguridad).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Sin definir: {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Sin definir: los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Definiendo el PIN…</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>PIN definido. Los pasos delicados para la seguridad lo pedirán.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>Hearth convierte lo que escribes o dices en un plan, te lo muestra, ejecuta lo que apruebas y comprueba que de verdad ocurrió. ¿Con qué casa debe trabajar?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>&amp;Probar la casa de demostración</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Probar la casa de demostración</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>&amp;Conectar con Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Conectar con Home Assistant</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Una casa inventada con luces, persianas, cerraduras, un termostato y más. No se acciona nada real; puedes conectar tu casa más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Controla los dispositivos de tu Home Assistant. Necesitas su dirección y un token de acceso de larga duración, que Hearth guarda en el llavero del sistema.</translation>
    </message>
</context>
</TS>
