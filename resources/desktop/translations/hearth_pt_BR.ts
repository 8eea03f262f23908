<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Acerca do Hearth</translation>
    </message>
    <message>
        <source>A desktop assistant for your home: say what you want, check the plan, and Hearth runs it and checks that it happened.</source>
        <translation>Um assistente para computador para a sua casa: diz o que queres, verifica o plano, e o Hearth executa-o e confirma que aconteceu.</translation>
    </message>
    <message>
        <source>Home Assistant version</source>
        <translation>Versão do Home Assistant</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Configurações:</translation>
    </message>
    <message>
        <source>Home Assistant:</source>
        <translation>Home Assistant:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando o servidor…</translation>
    </message>
    <message>
        <source>Not used: this is the demo home{name}, made up for trying Hearth</source>
        <translation>Não usado: esta é a casa de demonstração{name}, inventada para experimentar o Hearth</translation>
    </message>
    <message>
        <source>Not used: the home{name} is read from the file {file}</source>
        <translation>Não usado: a casa{name} é lida do arquivo {file}</translation>
    </message>
    <message>
        <source>Not connected (using {home})</source>
        <translation>Sem conexão (usando {home})</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>{version} (connected)</source>
        <translation>{version} (conectado)</translation>
    </message>
    <message>
        <source>Connected; it did not say its version in time</source>
        <translation>Conectado; não indicou a sua versão a tempo</translation>
    </message>
    <message>
        <source>Connected; its version could not be read ({error})</source>
        <translation>Conectado; não foi possível ler a versão ({error})</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>Hoje · {date}</translation>
    </message>
    <message>
        <source>Tomorrow · {date}</source>
        <translation>Amanhã · {date}</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiado</translation>
    </message>
    <message>
        <source>repeats {rule}</source>
        <translation>se repete {rule}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo o dia</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>até {date}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>a partir das {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>até às {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Adiar {minutes} min</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my calendar”</source>
        <translation>«lembra-me amanhã às 8 de levar o lixo» ou «adiciona dentista na sexta às 3 ao meu calendário»</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Próximos &amp;7 dias</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Datas mostradas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the calendars and reminders again (F5)</source>
        <translation>Ler de novo os calendários e os lembretes (F5)</translation>
    </message>
    <message>
        <source>Refresh the agenda</source>
        <translation>Atualizar a agenda</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Lembretes aguardando resposta</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperando por você</translation>
    </message>
    <message>
        <source>Events and reminders by day</source>
        <translation>Eventos e lembretes por dia</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Cancelar lembrete</translation>
    </message>
    <message>
        <source>Cancel the selected reminder (Delete)</source>
        <translation>Cancelar o lembrete selecionado (Delete)</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Cancelar o lembrete selecionado</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Aguardando a casa…</translation>
    </message>
    <message>
        <source>Agenda status</source>
        <translation>Estado da agenda</translation>
    </message>
    <message>
        <source>Calendars not read</source>
        <translation>Calendários não lidos</translation>
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
        <translation>1 lembrete</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n lembretes</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>aguardando: {count}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Atualizado às {time}</translation>
    </message>
    <message>
        <source>Not read just now: {names}. The other calendars are shown; Hearth tries again in a minute.</source>
        <translation>Não lidos de momento: {names}. Os outros calendários são mostrados; o Hearth tenta de novo dentro de um minuto.</translation>
    </message>
    <message>
        <source>Nothing else is planned today.</source>
        <translation>Não há mais nada previsto para hoje.</translation>
    </message>
    <message>
        <source>Nothing else is planned in the next 7 days.</source>
        <translation>Não há mais nada previsto nos próximos 7 dias.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders today.</source>
        <translation>Nada nos seus calendários e nenhum lembrete hoje.</translation>
    </message>
    <message>
        <source>Nothing on your calendars and no reminders in the next 7 days.</source>
        <translation>Nada nos seus calendários e nenhum lembrete nos próximos 7 dias.</translation>
    </message>
    <message>
        <source>Type {examples} in the Assistant (Ctrl+1).</source>
        <translation>Escreve {examples} no Assistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>Waiting for you · %n reminders</source>
        <translation>Esperando por você · %n lembretes</translation>
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
        <translation>O quê</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”</source>
        <translation>Diz ao Hearth o que fazer, p. ex. «baixa o candeeiro do sofá para 30 por cento»</translation>
    </message>
    <message>
        <source>Enter approves the plan above · Esc cancels · or type a new command</source>
        <translation>Enter aprova o plano acima · Esc cancela · ou escreve um novo comando</translation>
    </message>
    <message>
        <source>Answer the question above with its buttons · Esc skips the step · or type a new command</source>
        <translation>Responde à pergunta acima com os seus botões · Esc pula o passo · ou escreve um novo comando</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Type what Hearth should do; Up recalls earlier commands</source>
        <translation>Escreve o que o Hearth deve fazer; Cima recupera comandos anteriores</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Getting ready… I&apos;ll do this as soon as the home has loaded.</source>
        <translation>Preparando… Faço isto assim que a casa estiver carregada.</translation>
    </message>
    <message>
        <source>Not done: Hearth could not load the home (the status bar says why).</source>
        <translation>Não feito: o Hearth não conseguiu carregar a casa (a barra de estado diz porquê).</translation>
    </message>
    <message>
        <source>Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold the Talk button (or the push-to-talk key) while you speak.</source>
        <translation>Pressionar para falar precisa de um modelo de voz Vosk: instale um em Configurações › Voz e mantenha pressionado o botão Falar (ou a tecla para falar) enquanto fala.</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Enviar comando</translation>
    </message>
    <message>
        <source>Send the command (Enter)</source>
        <translation>Enviar o comando (Enter)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Falar</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Pressionar para falar</translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation>Não há nada a fazer.</translation>
    </message>
    <message>
        <source>Let me look…</source>
        <translation>Deixa-me ver…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
    <message>
        <source>Undo (partly done)</source>
        <translation>Desfazer (feito em parte)</translation>
    </message>
    <message>
        <source>Stopped: nothing was planned.</source>
        <translation>Parado: nada foi planejado.</translation>
    </message>
    <message>
        <source>Replaced by “{command}”: nothing ran.</source>
        <translation>Substituído por «{command}»: nada foi executado.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada a desfazer</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>the Home Assistant token</source>
        <translation>o token do Home Assistant</translation>
    </message>
    <message>
        <source>the CalDAV password</source>
        <translation>a senha do CalDAV</translation>
    </message>
    <message>
        <source>the language model&apos;s API key</source>
        <translation>a chave de API do modelo de linguagem</translation>
    </message>
    <message>
        <source>the audit trail&apos;s seal key</source>
        <translation>a chave de selo do registro de auditoria</translation>
    </message>
    <message>
        <source>the PIN&apos;s hash</source>
        <translation>o hash do PIN</translation>
    </message>
    <message>
        <source>the audit trail&apos;s sealed head</source>
        <translation>a cabeça selada do registro de auditoria</translation>
    </message>
    <message>
        <source>no endpoint yet</source>
        <translation>ainda nenhum servidor</translation>
    </message>
    <message>
        <source>a model file on this computer</source>
        <translation>um arquivo de modelo neste computador</translation>
    </message>
    <message>
        <source>a server on this computer or the local network</source>
        <translation>um servidor neste computador ou na rede local</translation>
    </message>
    <message>
        <source>a cloud endpoint</source>
        <translation>um serviço na nuvem</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one, or set {variable} for this session. ({cause})</source>
        <translation>nenhum chaveiro do sistema utilizável: o Hearth guarda {what} apenas no chaveiro do sistema ({keyrings}). Inicie ou instale um, ou defina {variable} para esta sessão. ({cause})</translation>
    </message>
    <message>
        <source>no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). Start or install one. ({cause})</source>
        <translation>nenhum chaveiro do sistema utilizável: o Hearth guarda {what} apenas no chaveiro do sistema ({keyrings}). Inicie ou instale um. ({cause})</translation>
    </message>
    <message>
        <source>the {name} preset</source>
        <translation>a predefinição {name}</translation>
    </message>
    <message>
        <source>the model file {where} did not load within {seconds} s</source>
        <translation>o arquivo de modelo {where} não carregou em {seconds} s</translation>
    </message>
    <message>
        <source>the local model did not answer within {seconds} s; it was stopped and loads again with the next request</source>
        <translation>o modelo local não respondeu em {seconds} s; ele foi parado e carrega de novo na próxima solicitação</translation>
    </message>
    <message>
        <source>the language model at {where} did not answer within {seconds} s</source>
        <translation>o modelo de linguagem em {where} não respondeu em {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the language model at {where}: is the server running and the address right?</source>
        <translation>não foi possível alcançar o modelo de linguagem em {where}: o servidor está rodando e o endereço está certo?</translation>
    </message>
    <message>
        <source>the language model at {where} refused the API key: set it in Settings › Language model</source>
        <translation>o modelo de linguagem em {where} recusou a chave de API: defina-a em Configurações › Modelo de linguagem</translation>
    </message>
    <message>
        <source>the language model at {where} is busy and asks to wait {wait} s</source>
        <translation>o modelo de linguagem em {where} está ocupado e pede para esperar {wait} s</translation>
    </message>
    <message>
        <source>the language model at {where} is busy</source>
        <translation>o modelo de linguagem em {where} está ocupado</translation>
    </message>
    <message>
        <source>the local model is still answering the previous request</source>
        <translation>o modelo local ainda está respondendo à solicitação anterior</translation>
    </message>
    <message>
        <source>the language model at {where} refused the request ({status}): check the address and the model&apos;s name in Settings › Language model</source>
        <translation>o modelo de linguagem em {where} recusou a solicitação ({status}): confira o endereço e o nome do modelo em Configurações › Modelo de linguagem</translation>
    </message>
    <message>
        <source>the answer from {where} is not one Hearth can read</source>
        <translation>o Hearth não consegue ler a resposta de {where}</translation>
    </message>
    <message>
        <source>the language model&apos;s answer is not one Hearth can read</source>
        <translation>o Hearth não consegue ler a resposta do modelo de linguagem</translation>
    </message>
    <message>
        <source>{reply} (The language model could not help: {why}.)</source>
        <translation>{reply} (O modelo de linguagem não pôde ajudar: {why}.)</translation>
    </message>
    <message>
        <source>I couldn&apos;t ask the language model: {why}.</source>
        <translation>Não consegui perguntar ao modelo de linguagem: {why}.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeAsk</name>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; needs {device}&apos;s own code. Type it to run the step (Hearth never keeps it), or skip the step.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; precisa do código próprio de {device}. Digite-o para executar a etapa (o Hearth nunca o guarda) ou pule a etapa.</translation>
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
        <translation>Pular esta etapa</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Cancelled. What was downloaded is kept: Download again to resume.</source>
        <translation>Cancelado. O que foi baixado é mantido: baixe de novo para retomar.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Descompactando</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Download the {what}</source>
        <translation>Baixar: {what}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download message</source>
        <translation>Mensagem do download</translation>
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
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brilho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Estore</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>aberto a {percent}%</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Trancar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Destrancar</translation>
    </message>
    <message>
        <source>Target temperature of {name}</source>
        <translation>Temperatura pretendida de {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Set target temperature of {name}</source>
        <translation>Definir a temperatura pretendida de {name}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Pretendida</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Selected device</source>
        <translation>Dispositivo selecionado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID da entidade</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>Put back what the last change here changed (Ctrl+Z)</source>
        <translation>Repor o que a última alteração aqui mudou (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Lights, switches, fans, blinds and media change at once here, with an Undo. Locks, garage doors, alarms, scenes and scripts wait for your approval in the Assistant (Ctrl+1).</source>
        <translation>Luzes, interruptores, ventiladores, persianas e multimídia mudam aqui de imediato, com Desfazer. Fechaduras, portões de garagem, alarmes, cenas e scripts esperam pela sua aprovação no Assistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Nenhum dispositivo selecionado</translation>
    </message>
    <message>
        <source>Select a device in the list to see its state and controls.</source>
        <translation>Seleciona um dispositivo na lista para ver o seu estado e controlos.</translation>
    </message>
    <message>
        <source>Select a device in this area to control it.</source>
        <translation>Seleciona um dispositivo deste cômodo para o controlar.</translation>
    </message>
    <message>
        <source>In no area</source>
        <translation>Em nenhum cômodo</translation>
    </message>
    <message>
        <source>This device only reports its state; there is nothing to switch here.</source>
        <translation>Este dispositivo só indica o seu estado; aqui não há nada para ligar ou desligar.</translation>
    </message>
    <message>
        <source>Putting back what “{asked}” changed…</source>
        <translation>A repor o que «{asked}» mudou…</translation>
    </message>
    <message>
        <source>Put back what “{asked}” changed.</source>
        <translation>Reposto o que «{asked}» mudou.</translation>
    </message>
    <message>
        <source>Could not put back what “{asked}” changed</source>
        <translation>Não foi possível repor o que «{asked}» mudou</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Configurar o Hearth</translation>
    </message>
    <message>
        <source>Skip the PIN</source>
        <translation>Pular o PIN</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Não foi possível salvar as configurações: {error}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <source>What can I do at home?</source>
        <translation>O que posso fazer em casa?</translation>
    </message>
    <message>
        <source>Tell me what to do, or ask: “turn off the downstairs lights”, “set the heating to 21”, “is the garage door open?”</source>
        <translation>Diz-me o que fazer, ou pergunta: «desliga as luzes de baixo», «põe o aquecimento a 21», «o portão da garagem está aberto?»</translation>
    </message>
    <message>
        <source>Enter sends · Up recalls earlier commands · Ctrl+L comes back to the command box · a plan waits for Enter (approve) or Esc (cancel)</source>
        <translation>Enter envia · Cima recupera comandos anteriores · Ctrl+L volta à caixa de comandos · um plano espera por Enter (aprovar) ou Esc (cancelar)</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN do proprietário</translation>
    </message>
    <message>
        <source>{why}

Type the owner&apos;s PIN:</source>
        <translation>{why}

Escreve o PIN do proprietário:</translation>
    </message>
    <message>
        <source>Not set: say the room in each command</source>
        <translation>Não definida: diz o cômodo em cada comando</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Refresh the agenda</source>
        <translation>Atualizar a agenda</translation>
    </message>
    <message>
        <source>Cancel the selected reminder</source>
        <translation>Cancelar o lembrete selecionado</translation>
    </message>
    <message>
        <source>Send the command; with the command box empty, approve the waiting plan</source>
        <extracomment>Entries (messages and cards) kept; older ones are dropped. Commands the Up key can recall. Width of the conversation column: lines stay readable in a wide window. Widest text in a message bubble. Narrowest text in a bubble, whatever the window: a line of a few words. The column&apos;s margins (left + right) inside the scroll area.</extracomment>
        <translation>Enviar o comando; com a caixa de comandos vazia, aprovar o plano aguardando</translation>
    </message>
    <message>
        <source>Cancel the waiting plan (while it asks again for a risky step: skip that step), or stop the one the language model is still making</source>
        <translation>Cancelar o plano aguardando (enquanto pergunta de novo por um passo arriscado: pular esse passo), ou parar o que o modelo de linguagem ainda está preparando</translation>
    </message>
    <message>
        <source>Recall earlier commands</source>
        <translation>Recuperar comandos anteriores</translation>
    </message>
    <message>
        <source>Back to the command box</source>
        <translation>Voltar à caixa de comandos</translation>
    </message>
    <message>
        <source>From the command box to the waiting plan&apos;s steps and buttons</source>
        <translation>Da caixa de comandos para os passos e botões do plano aguardando</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>Pesquisar os pedidos</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtrar os dispositivos</translation>
    </message>
    <message>
        <source>Put back the last change made here</source>
        <translation>Repor a última alteração feita aqui</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salvar as configurações</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hearth Help</source>
        <translation>Ajuda do Hearth</translation>
    </message>
    <message>
        <source>Type what you want in the Assistant, as you would say it: “turn off the kitchen light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the trash”. Hearth shows the plan first; what it changes is checked on the device afterwards and kept in History.</source>
        <translation>Escreve o que queres no Assistente, como o dirias: «desliga a luz da cozinha», «o portão da garagem está aberto?», «lembra-me amanhã às 8 de levar o lixo». O Hearth mostra primeiro o plano; o que muda é depois verificado no dispositivo e salvo no Histórico.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atalhos de teclado&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HighRiskConfirm</name>
    <message>
        <source>No, skip it</source>
        <translation>Não, pular</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}?&lt;/b&gt; This is security-sensitive. Confirm it on its own, or skip it.</source>
        <translation>&lt;b&gt;{action}?&lt;/b&gt; Isto mexe com a segurança. Confirma-o à parte, ou pula-o.</translation>
    </message>
    <message>
        <source>Yes, {action}</source>
        <translation>Sim, {action}</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>Confirmar: {action}</translation>
    </message>
    <message>
        <source>Skip: {action}</source>
        <translation>Ignorar: {action}</translation>
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
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Feito em parte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nada a mudar</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Não compreendido</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Não executado</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <extracomment>The history view&apos;s outcome filter: label → the outcomes it shows (None: all).</extracomment>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoje {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ontem {time}</translation>
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
        <translation>janela</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <source>tray</source>
        <translation>área de notificação</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>hearth send</source>
        <translation>hearth send</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>configurações</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>desfazer</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>tela Casa</translation>
    </message>
    <message>
        <source>home file</source>
        <translation>arquivo da casa</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>{steps} (+{more} more)</source>
        <translation>{steps} (+{more} mais)</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nada foi executado.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search requests  (Ctrl+F)</source>
        <extracomment>How many requests the view reads (newest first).</extracomment>
        <translation>Pesquisar pedidos  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Pesquisar no histórico</translation>
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
        <translation>Executar de novo o pedido selecionado</translation>
    </message>
    <message>
        <source>Plan the selected request again (Enter)</source>
        <translation>Planear de novo o pedido selecionado (Enter)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the shown requests</source>
        <translation>Exportar os pedidos mostrados</translation>
    </message>
    <message>
        <source>Save the requests shown here as CSV or JSON</source>
        <translation>Salvar os pedidos mostrados aqui como CSV ou JSON</translation>
    </message>
    <message>
        <source>Past requests</source>
        <translation>Pedidos anteriores</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Pedido selecionado</translation>
    </message>
    <message>
        <source>Waiting for the home…</source>
        <translation>Aguardando a casa…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado do histórico</translation>
    </message>
    <message>
        <source>Planned again: “{text}”. See the Assistant (Ctrl+1).</source>
        <translation>Planeado de novo: «{text}». Vê o Assistente (Ctrl+1).</translation>
    </message>
    <message>
        <source>History is off: nothing is recorded.</source>
        <translation>O histórico está desligado: nada é registrado.</translation>
    </message>
    <message>
        <source>“{text}” — {outcome}, from {source}</source>
        <translation>“{text}” — {outcome}, origem: {source}</translation>
    </message>
    <message>
        <source>Hearth said: {reply}</source>
        <translation>O Hearth disse: {reply}</translation>
    </message>
    <message>
        <source>Cannot read the history: {error}</source>
        <translation>Não é possível ler o histórico: {error}</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nada corresponde à pesquisa.</translation>
    </message>
    <message>
        <source>No requests yet: what you ask Hearth appears here.</source>
        <translation>Ainda não há pedidos: o que pedires ao Hearth aparece aqui.</translation>
    </message>
    <message>
        <source> (the newest)</source>
        <translation> (os mais recentes)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} requests match the outcome filter</source>
        <translation>{shown} de {total} pedidos correspondem ao filtro de resultado</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to {path}</source>
        <translation>
            <numerusform>%n pedido exportado para {path}</numerusform>
            <numerusform>%n pedidos exportados para {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeAssistantForm</name>
    <message>
        <source>In Home Assistant open your profile, then &lt;b&gt;Security&lt;/b&gt; → &lt;b&gt;Long-lived access tokens&lt;/b&gt; → &lt;b&gt;Create token&lt;/b&gt;, and paste it here.</source>
        <translation>No Home Assistant abre o seu perfil, depois &lt;b&gt;Segurança&lt;/b&gt; → &lt;b&gt;Tokens de acesso de longa duração&lt;/b&gt; → &lt;b&gt;Criar token&lt;/b&gt;, e cola-o aqui.</translation>
    </message>
    <message>
        <source>Home Assistant URL</source>
        <translation>URL do Home Assistant</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>A long-lived access token; kept in the keyring</source>
        <translation>Um token de acesso de longa duração; salvo no chaveiro</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
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
        <translation>Salvo no chaveiro: deixa vazio para o manter</translation>
    </message>
    <message>
        <source>Paste a long-lived access token</source>
        <translation>Cola um token de acesso de longa duração</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>last used {time}</source>
        <extracomment>The icon (resources/icons) for each domain; other domains show a blank of the same size. Domains whose state is when they were last used (a timestamp), not a condition.</extracomment>
        <translation>última utilização: {time}</translation>
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
            <numerusform>%n cômodo</numerusform>
            <numerusform>%n cômodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Filter by name, area or floor  (Ctrl+F)</source>
        <translation>Filtrar por nome, cômodo ou andar  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Loading the home…</source>
        <translation>Carregando a casa…</translation>
    </message>
    <message>
        <source>Device count</source>
        <translation>Número de dispositivos</translation>
    </message>
    <message>
        <source>Devices by floor and area</source>
        <translation>Dispositivos por andar e cômodo</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Detalhes do dispositivo</translation>
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
        <translation>Não foi possível carregar a casa</translation>
    </message>
    <message>
        <source>Hearth is not connected to the home yet.</source>
        <translation>O Hearth ainda não está conectado à casa.</translation>
    </message>
</context>
<context>
    <name>LLMSection</name>
    <message>
        <source>Local model file (no server)</source>
        <extracomment>The server picker&apos;s last entry: an endpoint that is none of the presets. The server picker&apos;s entry for a model file Hearth runs itself.</extracomment>
        <translation>Arquivo de modelo local (sem servidor)</translation>
    </message>
    <message>
        <source>&amp;Never: plan everything on this computer</source>
        <translation>&amp;Nunca: planejar tudo neste computador</translation>
    </message>
    <message>
        <source>When Hearth is &amp;not sure (recommended)</source>
        <translation>Quando o Hearth &amp;não tem a certeza (recomendado)</translation>
    </message>
    <message>
        <source>&amp;First, with Hearth&apos;s own planner when the model fails</source>
        <translation>&amp;Primeiro, com o planejador do Hearth quando o modelo falha</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <source>For what Hearth&apos;s own planner cannot read (“it&apos;s too dark in here”, “get the house ready for movie night”), it can ask a language model: OpenAI, a server on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs itself. Whatever the model proposes is checked and shown to you before anything runs.</source>
        <translation>Para o que o planejador do Hearth não sabe ler («está demasiado escuro aqui», «prepara a casa para a noite de cinema»), pode perguntar a um modelo de linguagem: OpenAI, um servidor da sua rede como Ollama, llama.cpp ou vLLM, ou um arquivo de modelo que o próprio Hearth executa. O que o modelo propuser é verificado e mostrado a você antes de algo ser executado.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Endereço do endpoint</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Onde está o endpoint</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomático</translation>
    </message>
    <message>
        <source>Automatic timeout, sized to the endpoint</source>
        <translation>Tempo limite automático, ajustado ao endpoint</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tempo limite em segundos</translation>
    </message>
    <message>
        <source>Timeout in use</source>
        <translation>Tempo limite em uso</translation>
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
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Local servers usually need none.</source>
        <translation>Guardada no chaveiro do sistema. Os servidores locais normalmente não precisam de nenhuma.</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <extracomment>The rows a model file has no use for (its address and where it is, the model&apos;s name, the key).</extracomment>
        <translation>Tempo limite:</translation>
    </message>
    <message>
        <source>Ask the language model:</source>
        <translation>Perguntar ao modelo de linguagem:</translation>
    </message>
    <message>
        <source>&amp;Log what is sent to the model (for troubleshooting)</source>
        <translation>&amp;Registrar o que é enviado ao modelo (para resolver problemas)</translation>
    </message>
    <message>
        <source>Log what is sent to the model</source>
        <translation>Registrar o que é enviado ao modelo</translation>
    </message>
    <message>
        <source>Sent with each request: your words, the time, this computer&apos;s room, the recent conversation, and the names, rooms and states of the devices Hearth may use (the ones that matter most, in a big home). Never the Home Assistant token or the API key. With logging on, it also goes to Hearth&apos;s log.</source>
        <translation>Enviado com cada pedido: as suas palavras, a hora, o cômodo deste computador, a conversa recente e os nomes, cômodos e estados dos dispositivos que o Hearth pode usar (os que mais importam, numa casa grande). Nunca o token do Home Assistant nem a chave de API. Com o registro ativado, vai também para o registro do Hearth.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;estar</translation>
    </message>
    <message>
        <source>Test the language model</source>
        <translation>Testar o modelo de linguagem</translation>
    </message>
    <message>
        <source>Sto&amp;p test</source>
        <translation>&amp;Parar teste</translation>
    </message>
    <message>
        <source>Stop the language model test</source>
        <translation>Parar o teste do modelo de linguagem</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply language model settings</source>
        <translation>Aplicar as configurações do modelo de linguagem</translation>
    </message>
    <message>
        <source>Language model status</source>
        <translation>Estado do modelo de linguagem</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Arquivo de modelo</translation>
    </message>
    <message>
        <source>Model file to use</source>
        <translation>Arquivo de modelo a usar</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>Esc&amp;olher um arquivo…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Escolher um arquivo de modelo GGUF neste computador</translation>
    </message>
    <message>
        <source>What running a model file needs</source>
        <translation>O que é preciso para executar um arquivo de modelo</translation>
    </message>
    <message>
        <source>The model file in use</source>
        <translation>O arquivo de modelo em uso</translation>
    </message>
    <message>
        <source>Or download one: it is checked against its SHA-256 and kept in Hearth&apos;s data folder, and a cancelled download resumes next time. Small models answer in seconds on a laptop&apos;s processor but understand less than large ones.</source>
        <translation>Ou baixa um: é verificado pelo seu SHA-256 e salvo na pasta de dados do Hearth, e um download cancelado continua na próxima vez. Os modelos pequenos respondem em segundos no processador de um notebook, mas compreendem menos do que os grandes.</translation>
    </message>
    <message>
        <source>Model file to download</source>
        <translation>Arquivo de modelo a baixar</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatória</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>não é necessária</translation>
    </message>
    <message>
        <source>Not an endpoint address yet: give it as http(s)://host:port/v1.</source>
        <translation>Ainda não é um endereço de endpoint: indica-o como http(s)://anfitrião:porta/v1.</translation>
    </message>
    <message>
        <source>On this computer or the local network: requests stay in your home.</source>
        <translation>Neste computador ou na rede local: os pedidos ficam em sua casa.</translation>
    </message>
    <message>
        <source>A cloud service: requests go over the internet to it.</source>
        <translation>Um serviço na nuvem: os pedidos chegam-lhe pela internet.</translation>
    </message>
    <message>
        <source>{where} It answers through Hearth&apos;s tools only (structured output), and Hearth checks every answer.</source>
        <translation>{where} Responde apenas por meio das ferramentas do Hearth (saída estruturada), e o Hearth verifica cada resposta.</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why} (loading it the first time comes on top: it stays loaded afterwards).</source>
        <translation>Automático: {seconds} s, para {why} (o primeiro carregamento se soma: depois fica carregado).</translation>
    </message>
    <message>
        <source>Automatic: {seconds} s, for {why}.</source>
        <translation>Automático: {seconds} s, para {why}.</translation>
    </message>
    <message>
        <source>Automatic: sized to the endpoint (longer for one on your network).</source>
        <translation>Automático: ajustado ao ponto de acesso (mais longo para um na sua rede).</translation>
    </message>
    <message>
        <source>A plan waits at most {seconds} s (automatic would be {automatic} s, for {why}).</source>
        <translation>Um plano espera no máximo {seconds} s (em automático seriam {automatic} s, para {why}).</translation>
    </message>
    <message>
        <source>No model file yet: download one or choose a file</source>
        <translation>Ainda não há arquivo de modelo: baixa um ou escolhe um arquivo</translation>
    </message>
    <message>
        <source>{name}, about {size} MB (downloaded)</source>
        <translation>{name}, cerca de {size} MB (baixado)</translation>
    </message>
    <message>
        <source>{name}, about {size} MB</source>
        <translation>{name}, cerca de {size} MB</translation>
    </message>
    <message>
        <source>llama-cpp-python is installed: Hearth can run model files.</source>
        <translation>O llama-cpp-python está instalado: o Hearth pode executar arquivos de modelo.</translation>
    </message>
    <message>
        <source>Running a model file needs llama-cpp-python, which is not installed: {install} (or name a Python that has it as [llm] python in settings.toml, or {variable}).</source>
        <translation>Executar um arquivo de modelo precisa do llama-cpp-python, que não está instalado: {install} (ou indique um Python que o tenha como [llm] python em settings.toml, ou {variable}).</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Escolher um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF model files (*.gguf);;All files (*)</source>
        <translation>Arquivos de modelo GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Chosen: {file} ({size} MB). Apply to use it.</source>
        <translation>Escolhido: {file} ({size} MB). Aplique para o usar.</translation>
    </message>
    <message>
        <source>Downloaded and checked {model}. Apply to use it.</source>
        <translation>{model} baixado e verificado. Aplique para o usar.</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>guardada no chaveiro</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>nenhuma guardada</translation>
    </message>
    <message>
        <source>Testing… {seconds} s (a local model may first have to load)</source>
        <translation>Testando… {seconds} s (um modelo local pode ter de carregar primeiro)</translation>
    </message>
    <message>
        <source>Choose or download a model file first.</source>
        <translation>Escolha ou baixe primeiro um arquivo de modelo.</translation>
    </message>
    <message>
        <source>Enter the endpoint and the model first.</source>
        <translation>Insira primeiro o ponto de acesso e o modelo.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Test stopped: nothing was saved.</source>
        <translation>Teste parado: nada foi salvo.</translation>
    </message>
    <message>
        <source>It works: {speed}</source>
        <translation>Funciona: {speed}</translation>
    </message>
    <message>
        <source>Not working: {problem}.</source>
        <translation>Não funciona: {problem}.</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>Não aplicado: {error}</translation>
    </message>
    <message>
        <source>Applied: {model}.</source>
        <translation>Aplicado: {model}.</translation>
    </message>
    <message>
        <source>the model planned a test command in {seconds} s</source>
        <translation>o modelo planejou um comando de teste em {seconds} s</translation>
    </message>
    <message>
        <source>the model file loaded in {seconds} s; {planned}</source>
        <translation>o arquivo de modelo carregou em {seconds} s; {planned}</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed ({why}).</source>
        <translation>{planned}; não foi possível medir a velocidade ({why}).</translation>
    </message>
    <message>
        <source>{planned}; its speed could not be timed.</source>
        <translation>{planned}; não foi possível medir a velocidade.</translation>
    </message>
    <message>
        <source>{planned}; first token after {seconds} s</source>
        <translation>{planned}; primeiro token após {seconds} s</translation>
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
        <translation>O que o Hearth ouve</translation>
    </message>
    <message>
        <source>● Listening (loading the speech model)…</source>
        <translation>● Ouvindo (carregando o modelo de voz)…</translation>
    </message>
    <message>
        <source>● Listening… release to send, Esc to cancel</source>
        <translation>● Ouvindo… solte para enviar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Understanding…</source>
        <translation>A compreender…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting to the home…</source>
        <translation>Conectando à casa…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
    <message>
        <source>Asking the language model…</source>
        <translation>A perguntar ao modelo de linguagem…</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consultando os seus calendários…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Ouvindo…</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Show Assistant</source>
        <translation>Mostrar o Assistente</translation>
    </message>
    <message>
        <source>Show Home</source>
        <translation>Mostrar a Casa</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Mostrar o Histórico</translation>
    </message>
    <message>
        <source>Show Agenda</source>
        <translation>Mostrar a Agenda</translation>
    </message>
    <message>
        <source>Show Settings</source>
        <translation>Mostrar as Configurações</translation>
    </message>
    <message>
        <source>Help: this list</source>
        <translation>Ajuda: esta lista</translation>
    </message>
    <message>
        <source>Quit Hearth</source>
        <translation>Sair do Hearth</translation>
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
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Help and keyboard shortcuts (F1)</source>
        <translation>Ajuda e atalhos de teclado (F1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Acerca do Hearth</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>This is security-sensitive. Type your PIN:</source>
        <translation>Isto mexe com a segurança. Escreve o seu PIN:</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Comandos rápidos</translation>
    </message>
    <message>
        <source>Quick commands, recent commands and reminders (this desktop shows no tray)</source>
        <translation>Comandos rápidos, comandos recentes e lembretes (este ambiente de trabalho não mostra área de notificação)</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so Hearth cannot keep running there.</source>
        <translation>Este ambiente de trabalho não mostra área de notificação, por isso o Hearth não pode continuar funcionando lá.</translation>
    </message>
    <message>
        <source>Quit Hearth now (reminders and timers then wait until it starts again), or minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q always quits, and the quick commands are under “Quick commands” in the window.</source>
        <translation>Sair do Hearth agora (os lembretes e temporizadores esperam até ele voltar a iniciar), ou minimizar a janela para que continue funcionando? O Hearth se lembra da sua escolha; Ctrl+Q sai sempre, e os comandos rápidos estão em «Comandos rápidos» na janela.</translation>
    </message>
</context>
<context>
    <name>PendingRow</name>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Adiar «{message}» {minutes} minutos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Marcar «{message}» como feito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}” and its repeats</source>
        <translation>Cancelar o lembrete «{message}» e as suas repetições</translation>
    </message>
    <message>
        <source>Cancel the reminder “{message}”</source>
        <translation>Cancelar o lembrete «{message}»</translation>
    </message>
    <message>
        <source>Stop this reminder and every repeat of it</source>
        <translation>Parar este lembrete e todas as suas repetições</translation>
    </message>
    <message>
        <source>Stop this reminder</source>
        <translation>Parar este lembrete</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the PIN</source>
        <translation>Alterar o PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Definir um PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN atual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Novo PIN outra vez</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;atual:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Novo PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>4 to 12 digits. Hearth keeps only a salted hash of it.</source>
        <translation>4 a 12 algarismos. O Hearth só guarda um hash com sal dele.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Os dois novos PIN são diferentes.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>unknown</source>
        <extracomment>Targets listed per step before &quot;and N more&quot;.</extracomment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>on {percent}%</source>
        <translation>ligado a {percent}%</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>{percent}% open</source>
        <translation>aberto a {percent}%</translation>
    </message>
    <message>
        <source>volume {percent}%</source>
        <translation>volume a {percent}%</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>sem som</translation>
    </message>
    <message>
        <source>sound on</source>
        <translation>com som</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>por fazer: {count}</translation>
    </message>
    <message>
        <source>{name}: {state} (no change)</source>
        <translation>{name}: {state} (sem alteração)</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risco baixo</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risco médio</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risco alto</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Each status as a symbol, a word and a tone: never colour alone.</extracomment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <source>the reminder was read back from Hearth&apos;s store</source>
        <extracomment>What &quot;verified&quot; means for Hearth&apos;s own actions: the service read its change back (one, and %n of them).</extracomment>
        <translation>o lembrete foi relido do armazenamento do Hearth</translation>
    </message>
    <message>
        <source>the %n reminders were read back from Hearth&apos;s store</source>
        <translation>os %n lembretes foram relidos do armazenamento do Hearth</translation>
    </message>
    <message>
        <source>the event was read back from the calendar</source>
        <translation>o evento foi relido do calendário</translation>
    </message>
    <message>
        <source>the %n events were read back from the calendar</source>
        <translation>os %n eventos foram relidos do calendário</translation>
    </message>
    <message>
        <source>the timer was read back from Hearth&apos;s store</source>
        <translation>o temporizador foi relido do armazenamento do Hearth</translation>
    </message>
    <message>
        <source>the %n timers were read back from Hearth&apos;s store</source>
        <translation>os %n temporizadores foram relidos do armazenamento do Hearth</translation>
    </message>
    <message>
        <source>every change was checked on the device</source>
        <translation>cada alteração foi verificada no dispositivo</translation>
    </message>
    <message>
        <source>1 device change checked on the device</source>
        <translation>1 alteração de dispositivo verificada no dispositivo</translation>
    </message>
    <message>
        <source>%n device changes checked on the device</source>
        <translation>%n alterações de dispositivos verificadas nos dispositivos</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation>Nada foi executado.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>O passo falhou.</translation>
    </message>
    <message>
        <source>1 of {total} steps failed.</source>
        <translation>Falhou 1 de {total} passos.</translation>
    </message>
    <message>
        <source>%n of {total} steps failed.</source>
        <translation>Falharam %n de {total} passos.</translation>
    </message>
    <message>
        <source>1 change could not be confirmed yet (it may still be happening).</source>
        <translation>1 alteração ainda não pôde ser confirmada (pode ainda estar acontecendo).</translation>
    </message>
    <message>
        <source>%n changes could not be confirmed yet (it may still be happening).</source>
        <translation>%n alterações ainda não puderam ser confirmadas (podem ainda estar acontecendo).</translation>
    </message>
    <message>
        <source>Done: {checked}.</source>
        <translation>Feito: {checked}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Feito.</translation>
    </message>
    <message>
        <source>1 step skipped.</source>
        <translation>1 passo pulado.</translation>
    </message>
    <message>
        <source>%n steps skipped.</source>
        <translation>%n passos pulados.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>Include: {summary}</source>
        <translation>Incluir: {summary}</translation>
    </message>
    <message>
        <source>needs {device}&apos;s code</source>
        <translation>precisa do código de {device}</translation>
    </message>
    <message>
        <source>{device} keeps its own code: you type it when you approve, and Hearth never keeps it</source>
        <translation>{device} tem um código próprio: você o digita ao aprovar e o Hearth nunca o guarda</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel this plan</source>
        <translation>Cancelar este plano</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo these changes</source>
        <translation>Desfazer estas alterações</translation>
    </message>
    <message>
        <source>Put back what this plan changed (never unlocks or opens)</source>
        <translation>Repor o que este plano mudou (nunca destranca nem abre)</translation>
    </message>
    <message>
        <source>Enter approves · Esc cancels</source>
        <translation>Enter aprova · Esc cancela</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nada a mudar</translation>
    </message>
    <message>
        <source>Plan: {text}</source>
        <translation>Plano: {text}</translation>
    </message>
    <message>
        <source>Plan: {text}. {words}</source>
        <translation>Plano: {text}. {words}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Plan · %n steps</source>
        <translation>Plano · %n passos</translation>
    </message>
    <message>
        <source>puts back the state from before</source>
        <translation>repõe o estado anterior</translation>
    </message>
    <message>
        <source>needs your approval</source>
        <translation>precisa da sua aprovação</translation>
    </message>
    <message>
        <source>I corrected words I may have misheard: check this before approving.</source>
        <translation>Corrigi palavras que posso ter ouvido mal: verifica antes de aprovar.</translation>
    </message>
    <message>
        <source>I guessed which device you meant: check this before approving.</source>
        <translation>Adivinhei o dispositivo a que te referias: verifica antes de aprovar.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n of {total})</source>
        <translation>
            <numerusform>Aprovar seleção (%n de {total})</numerusform>
            <numerusform>Aprovar seleção (%n de {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc skips the step</source>
        <translation>Esc pula o passo</translation>
    </message>
    <message>
        <source>ran on its own: low risk, and auto-run is on</source>
        <translation>executado sozinho: risco baixo, e a execução automática está ligada</translation>
    </message>
    <message>
        <source>Cancelled: nothing ran.</source>
        <translation>Cancelado: nada foi executado.</translation>
    </message>
    <message>
        <source>Undo requested</source>
        <translation>Pedido para desfazer</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Ouvir</translation>
    </message>
    <message>
        <source>Hearth may not use the microphone: allow it in the system&apos;s privacy settings</source>
        <extracomment>A press shorter than this is a click: listen hands-free until a pause. How long quitting waits for the listening worker (the rest of the 2 s Hearth takes to end). Qt&apos;s multimedia backends say a lot about libraries they did not find; Hearth needs none.</extracomment>
        <translation>O Hearth não pode usar o microfone: permita-o nas configurações de privacidade do sistema</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, below.</source>
        <translation>O modelo de voz “{model}” não está instalado: escolha outro, ou baixe-o abaixo.</translation>
    </message>
    <message>
        <source>The speech model “{model}” is not installed: choose another one, or download it, in Settings › Voice.</source>
        <translation>O modelo de voz «{model}» não está instalado: escolha outro, ou transfira-o, em Configurações › Voz.</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one below (a small one is about 40 MB).</source>
        <translation>Ainda não há modelo de voz para o idioma dos comandos ({language}): baixe um abaixo (um pequeno tem cerca de 40 MB).</translation>
    </message>
    <message>
        <source>No speech model yet for the language of the commands ({language}): download one in Settings › Voice (a small one is about 40 MB).</source>
        <translation>Ainda não há modelo de voz para o idioma dos comandos ({language}): baixe um em Configurações › Voz (um pequeno tem cerca de 40 MB).</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>O Hearth ainda está se conectando à casa.</translation>
    </message>
    <message>
        <source>Listening failed: {error}</source>
        <translation>A escuta falhou: {error}</translation>
    </message>
    <message>
        <source>I didn&apos;t hear anything. Hold the key while you speak.</source>
        <translation>Não ouvi nada. Mantenha a tecla pressionada enquanto fala.</translation>
    </message>
    <message>
        <source>Hold to talk ({keys}); release to send; Esc cancels. A click listens until you pause.</source>
        <translation>Mantenha pressionado para falar ({keys}); solte para enviar; Esc cancela. Um clique ouve até fazer uma pausa.</translation>
    </message>
    <message>
        <source>Listen until you pause (click again to stop)</source>
        <translation>Ouvir até fazer uma pausa (clique de novo para parar)</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal (the desktop set it to {keys}).</source>
        <translation>A tecla funciona em qualquer janela: é um atalho global através do portal do ambiente de trabalho (o ambiente definiu-a como {keys}).</translation>
    </message>
    <message>
        <source>The key works in any window: it is a global shortcut through the desktop portal.</source>
        <translation>A tecla funciona em qualquer janela: é um atalho global através do portal do ambiente de trabalho.</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal ({why}).</source>
        <translation>A tecla funciona enquanto a janela do Hearth está ativa: este ambiente de trabalho não oferece portal de atalhos globais ({why}).</translation>
    </message>
    <message>
        <source>The key works while Hearth&apos;s window is active: this desktop offers no global shortcut portal.</source>
        <translation>A tecla funciona enquanto a janela do Hearth está ativa: este ambiente de trabalho não oferece portal de atalhos globais.</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Ouvindo…</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Falar</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Parar de &amp;ouvir</translation>
    </message>
    <message>
        <source>Hearth could not listen</source>
        <translation>O Hearth não conseguiu ouvir</translation>
    </message>
</context>
<context>
    <name>QuickCommandsEditor</name>
    <message>
        <source>Quick commands</source>
        <translation>Comandos rápidos</translation>
    </message>
    <message>
        <source>F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 edita o comando selecionado, Delete remove-o, Alt+Cima e Alt+Baixo movem-no</translation>
    </message>
    <message>
        <source>Add a command, e.g. “turn on the porch light”</source>
        <translation>Adiciona um comando, p. ex. «acende a luz do alpendre»</translation>
    </message>
    <message>
        <source>New quick command</source>
        <translation>Novo comando rápido</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add quick command</source>
        <translation>Adicionar comando rápido</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected quick command</source>
        <translation>Editar o comando rápido selecionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the selected quick command</source>
        <translation>Remover o comando rápido selecionado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected quick command up</source>
        <translation>Subir o comando rápido selecionado</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>Move the selected quick command down</source>
        <translation>Descer o comando rápido selecionado</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Time&apos;s up: {message}</source>
        <translation>Acabou o tempo: {message}</translation>
    </message>
    <message>
        <source>Reminder: {message}</source>
        <translation>Lembrete: {message}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Late — the {length} timer ran out {words} ({date})</source>
        <translation>Atrasado — o temporizador de {length} terminou {words} ({date})</translation>
    </message>
    <message>
        <source>The {length} timer ran out {words}</source>
        <translation>O temporizador de {length} terminou {words}</translation>
    </message>
    <message>
        <source>Late — it was due {words} ({date})</source>
        <translation>Atrasado — estava previsto {words} ({date})</translation>
    </message>
    <message>
        <source>It was due {words} ({date})</source>
        <translation>Estava previsto {words} ({date})</translation>
    </message>
    <message>
        <source>Due {words} ({date})</source>
        <translation>Previsto {words} ({date})</translation>
    </message>
    <message>
        <source> · repeats {rule}</source>
        <translation> · se repete {rule}</translation>
    </message>
    <message>
        <source>Hearth reminder</source>
        <translation>Lembrete do Hearth</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>Dismiss (Esc): the reminder keeps waiting in the tray</source>
        <translation>Dispensar (Esc): o lembrete continua aguardando na área de notificação</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Dispensar o lembrete</translation>
    </message>
    <message>
        <source>&amp;Snooze {minutes} min</source>
        <translation>&amp;Adiar {minutes} min</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <source>Snooze “{message}” for {minutes} minutes</source>
        <translation>Adiar «{message}» {minutes} minutos</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Dismiss “{message}”</source>
        <translation>Dispensar «{message}»</translation>
    </message>
    <message>
        <source>Mark “{message}” as done</source>
        <translation>Marcar «{message}» como feito</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Criança</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Opening any cover, blind or curtain</source>
        <extracomment>The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window&apos;s translations (a changed wording shows in English until it is translated).</extracomment>
        <translation>Abrir qualquer persiana, veneziana ou cortina</translation>
    </message>
    <message>
        <source>Moving any cover, blind or curtain</source>
        <translation>Mover qualquer persiana, veneziana ou cortina</translation>
    </message>
    <message>
        <source>Arming the alarm</source>
        <translation>Armar o alarme</translation>
    </message>
    <message>
        <source>Changing a thermostat&apos;s temperature</source>
        <translation>Mudar a temperatura de um termostato</translation>
    </message>
    <message>
        <source>Switching heating or cooling modes</source>
        <translation>Mudar entre modos de aquecimento ou arrefecimento</translation>
    </message>
    <message>
        <source>Running scenes</source>
        <translation>Executar cenas</translation>
    </message>
    <message>
        <source>Running scripts</source>
        <translation>Executar scripts</translation>
    </message>
    <message>
        <source>Moving calendar events</source>
        <translation>Mover eventos do calendário</translation>
    </message>
    <message>
        <source>Deleting calendar events</source>
        <translation>Apagar eventos do calendário</translation>
    </message>
    <message>
        <source>every kind of device</source>
        <translation>todo o tipo de dispositivo</translation>
    </message>
    <message>
        <source>in every room</source>
        <translation>em todos os cômodos</translation>
    </message>
    <message>
        <source>in 1 room</source>
        <translation>em 1 cômodo</translation>
    </message>
    <message>
        <source>in %n rooms</source>
        <translation>em %n cômodos</translation>
    </message>
    <message>
        <source>only what runs without a confirmation</source>
        <translation>só o que é executado sem confirmação</translation>
    </message>
    <message>
        <source>up to what needs a confirmation, never what needs the PIN</source>
        <translation>até ao que precisa de confirmação, nunca o que precisa do PIN</translation>
    </message>
    <message>
        <source>everything, security-sensitive steps with the PIN</source>
        <translation>tudo, os passos sensíveis para a segurança com o PIN</translation>
    </message>
    <message>
        <source>May use {devices} {rooms}; {limit}.</source>
        <translation>Pode usar {devices} {rooms}; {limit}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Who may do what on this computer, and what needs the owner&apos;s PIN. Each part takes effect when you press its own button; loosening any of them needs the PIN.</source>
        <translation>Quem pode fazer o quê neste computador, e o que precisa do PIN do proprietário. Cada parte tem efeito quando premes o seu próprio botão; aliviar qualquer uma delas precisa do PIN.</translation>
    </message>
    <message>
        <source>Safety message</source>
        <translation>Mensagem de segurança</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>&amp;Mudar de perfil…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Mudar de perfil</translation>
    </message>
    <message>
        <source>Safety settings not in force</source>
        <translation>Configurações de segurança não em vigor</translation>
    </message>
    <message>
        <source>Apply the file&apos;s c&amp;hanges…</source>
        <translation>Aplicar as a&amp;lterações do arquivo…</translation>
    </message>
    <message>
        <source>Apply the settings file&apos;s safety settings</source>
        <translation>Aplicar as configurações de segurança do arquivo de configurações</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Estado do PIN</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Definir &amp;PIN…</translation>
    </message>
    <message>
        <source>Set or change the PIN</source>
        <translation>Definir ou alterar o PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN…</source>
        <translation>&amp;Remover PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Remover o PIN</translation>
    </message>
    <message>
        <source>Also ask for the PIN for</source>
        <translation>Pedir também o PIN para</translation>
    </message>
    <message>
        <source>Unlocking, opening doors, garage doors, gates and windows, and disarming the alarm always need it.</source>
        <translation>Destrancar, abrir portas, portões de garagem, portões e janelas, e desarmar o alarme precisam sempre dele.</translation>
    </message>
    <message>
        <source>&amp;Apply PIN choices</source>
        <translation>&amp;Aplicar escolhas do PIN</translation>
    </message>
    <message>
        <source>Apply what needs the PIN</source>
        <translation>Aplicar o que precisa do PIN</translation>
    </message>
    <message>
        <source>What Hearth may see</source>
        <translation>O que o Hearth pode ver</translation>
    </message>
    <message>
        <source>The devices Home Assistant &amp;exposes to Assist</source>
        <translation>Os dispositivos que o Home Assistant &amp;expõe ao Assist</translation>
    </message>
    <message>
        <source>Follow Home Assistant&apos;s exposed devices</source>
        <translation>Seguir os dispositivos expostos do Home Assistant</translation>
    </message>
    <message>
        <source>E&amp;very device</source>
        <translation>&amp;Todos os dispositivos</translation>
    </message>
    <message>
        <source>See every device</source>
        <translation>Ver todos os dispositivos</translation>
    </message>
    <message>
        <source>Ticked devices are hidden: no plan can see or control them.</source>
        <translation>Os dispositivos marcados ficam ocultos: nenhum plano os pode ver nem controlar.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Devices hidden from Hearth</source>
        <translation>Dispositivos ocultos ao Hearth</translation>
    </message>
    <message>
        <source>Appl&amp;y device choices</source>
        <translation>Aplicar escolhas de &amp;dispositivos</translation>
    </message>
    <message>
        <source>Apply what Hearth may see</source>
        <translation>Aplicar o que o Hearth pode ver</translation>
    </message>
    <message>
        <source>Hiding a device applies at once; seeing more applies when Hearth starts next.</source>
        <translation>Ocultar um dispositivo se aplica de imediato; ver mais se aplica quando o Hearth iniciar da próxima vez.</translation>
    </message>
    <message>
        <source>No PIN can be set or checked: {problem}</source>
        <translation>Não é possível definir nem verificar nenhum PIN: {problem}</translation>
    </message>
    <message>
        <source>A PIN is set: security-sensitive steps and profile switches need it.</source>
        <translation>Há um PIN definido: os passos sensíveis para a segurança e as mudanças de perfil precisam dele.</translation>
    </message>
    <message>
        <source>No PIN is set: security-sensitive steps ask for a typed confirmation instead, and profiles cannot be switched.</source>
        <translation>Não há PIN definido: os passos sensíveis para a segurança pedem antes uma confirmação escrita, e não é possível mudar de perfil.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Alterar o &amp;PIN…</translation>
    </message>
    <message>
        <source>Active. {role}</source>
        <translation>Ativo. {role}</translation>
    </message>
    <message>
        <source>Set a PIN first: switching profiles needs it.</source>
        <translation>Define primeiro um PIN: mudar de perfil precisa dele.</translation>
    </message>
    <message>
        <source>Switch to the {profile} profile</source>
        <translation>Mudar para o perfil {profile}</translation>
    </message>
    <message>
        <source>No PIN given: the profile was not switched.</source>
        <translation>Nenhum PIN indicado: o perfil não foi mudado.</translation>
    </message>
    <message>
        <source>Now using the {profile} profile.</source>
        <translation>Agora em uso o perfil {profile}.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN alterado.</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps need it now.</source>
        <translation>PIN definido. Os passos sensíveis para a segurança precisam dele agora.</translation>
    </message>
    <message>
        <source>PIN removed: security-sensitive steps ask for a typed confirmation instead.</source>
        <translation>PIN removido: os passos sensíveis para a segurança pedem antes uma confirmação escrita.</translation>
    </message>
    <message>
        <source>Stop asking for the PIN for some actions</source>
        <translation>Deixar de pedir o PIN para algumas ações</translation>
    </message>
    <message>
        <source>Saved: what needs the PIN.</source>
        <translation>Salvo: o que precisa do PIN.</translation>
    </message>
    <message>
        <source>Let Hearth see more devices</source>
        <translation>Deixar o Hearth ver mais dispositivos</translation>
    </message>
    <message>
        <source>Saved: what Hearth may see.</source>
        <translation>Salvo: o que o Hearth pode ver.</translation>
    </message>
    <message>
        <source>Newly shown devices appear when Hearth starts next.</source>
        <translation>Os dispositivos agora mostrados aparecem quando o Hearth iniciar da próxima vez.</translation>
    </message>
    <message>
        <source>Apply the safety settings of the settings file</source>
        <translation>Aplicar as configurações de segurança do arquivo de configurações</translation>
    </message>
    <message>
        <source>No PIN given: nothing changed.</source>
        <translation>Nenhum PIN indicado: nada mudou.</translation>
    </message>
    <message>
        <source>Applied: the settings file&apos;s safety settings are in force.</source>
        <translation>Aplicado: as configurações de segurança do arquivo de configurações estão em vigor.</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Sem alterações: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Push-to-talk: the speech model, the microphone and the key to hold while speaking. This page opens once the speech engine has started.</source>
        <translation>Pressionar para falar: o modelo de voz, o microfone e a tecla a manter pressionada enquanto falas. Esta página abre quando o motor de voz tiver iniciado.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Mensagem das configurações</translation>
    </message>
    <message>
        <source>How this page&apos;s changes take effect</source>
        <translation>Como as alterações desta página têm efeito</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Reverter alterações não salvas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Home Assistant</source>
        <translation>Home Assistant</translation>
    </message>
    <message>
        <source>Hearth controls the devices of your Home Assistant, or a made-up demo home to try it with nothing real switched.</source>
        <translation>O Hearth controla os dispositivos do seu Home Assistant, ou uma casa de demonstração inventada para o experimentares sem mexer em nada real.</translation>
    </message>
    <message>
        <source>Use the &amp;demo home</source>
        <translation>Usar a casa de &amp;demonstração</translation>
    </message>
    <message>
        <source>Use the demo home</source>
        <translation>Usar a casa de demonstração</translation>
    </message>
    <message>
        <source>Connect to &amp;Home Assistant</source>
        <translation>Conectar ao &amp;Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Conectar ao Home Assistant</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means, and the language is the one you type or speak in.</source>
        <translation>O lugar onde este computador está diz ao Hearth a que cômodo se refere «as luzes», e a língua é aquela em que escreves ou falas.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Cômodo deste computador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Cômodo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Commands, answers and the window&apos;s own labels switch to the language once saved.</source>
        <translation>Os comandos, as respostas e os textos da janela mudam para o idioma quando for salvo.</translation>
    </message>
    <message>
        <source>Changes here apply to the next command once saved.</source>
        <translation>As alterações aqui se aplicam ao comando seguinte depois de salvas.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Executar sem perguntar os comandos de risco baixo</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Executar sem perguntar os comandos de risco baixo</translation>
    </message>
    <message>
        <source>Lights, switches and music run at once when Hearth is sure what you meant. Locks, doors, alarms and anything it understood loosely always ask first.</source>
        <translation>Luzes, interruptores e música são executados de imediato quando o Hearth tem a certeza do que querias dizer. Fechaduras, portas, alarmes e tudo o que percebeu de forma aproximada perguntam sempre primeiro.</translation>
    </message>
    <message>
        <source>&amp;Keep Hearth in the system tray when the window closes</source>
        <translation>&amp;Manter o Hearth na área de notificação quando a janela fecha</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continuar a funcionar na área de notificação quando a janela fecha</translation>
    </message>
    <message>
        <source>Start Hearth when I &amp;log in</source>
        <translation>Iniciar o Hearth quando eu &amp;fizer login</translation>
    </message>
    <message>
        <source>Start Hearth when I log in</source>
        <translation>Iniciar o Hearth quando eu fizer login</translation>
    </message>
    <message>
        <source>Hearth then starts in the tray (or minimised) when you log in, so reminders fire. This applies at once: no need to Save.</source>
        <translation>O Hearth inicia então na área de notificação (ou minimizado) quando você faz login, para que os lembretes toquem. Isto se aplica de imediato: não é preciso salvar.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao fazer login</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>Comandos rápidos</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. A command that needs your confirmation opens the window with its plan instead of running.</source>
        <translation>Os seus comandos favoritos, a um clique no menu da área de notificação. Um comando que precisa da sua confirmação abre a janela com o seu plano em vez de ser executado.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Your history, reminders, the local calendar and the demo home&apos;s state stay on this computer, here.</source>
        <translation>O seu histórico, os lembretes, o calendário local e o estado da casa de demonstração ficam neste computador, aqui.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Al&amp;terar…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Escolher outra pasta de dados</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dados:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Configurações:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start: it gets a copy of what it lacks, and nothing is deleted from the old one. The Home Assistant token is not in either folder: it is kept in the system keyring.</source>
        <translation>Uma nova pasta de dados é usada a partir da próxima inicialização: recebe uma cópia do que lhe falta, e nada é apagado da antiga. O token do Home Assistant não está em nenhuma das pastas: é salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>HEARTH_DATA_DIR sets the data folder for this session</source>
        <translation>HEARTH_DATA_DIR define a pasta de dados para esta sessão</translation>
    </message>
    <message>
        <source>There is nothing to set here yet.</source>
        <translation>Ainda não há nada para definir aqui.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons; Save is not needed.</source>
        <translation>As alterações nesta página têm efeito com os seus próprios botões; não é preciso salvar.</translation>
    </message>
    <message>
        <source>Changes on this page take effect with its own buttons. Other pages have unsaved changes: Save or Revert them here.</source>
        <translation>As alterações nesta página têm efeito com os seus próprios botões. Outras páginas têm alterações não salvas: salve-as ou reverta-as aqui.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não salvo: {error}</translation>
    </message>
    <message>
        <source>Saved, but not applied: {error}</source>
        <translation>Salvo, mas não aplicado: {error}</translation>
    </message>
    <message>
        <source>Saved. The home and data folder you chose apply when Hearth starts next.</source>
        <translation>Salvo. A casa e a pasta de dados escolhidas se aplicam na próxima vez que o Hearth iniciar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Include this step when approving</source>
        <translation>Incluir este passo ao aprovar</translation>
    </message>
</context>
<context>
    <name>ThinkingCard</name>
    <message>
        <source>Hearth is looking in your calendars</source>
        <translation>O Hearth está consultando os seus calendários</translation>
    </message>
    <message>
        <source>Hearth is asking the language model for a plan</source>
        <translation>O Hearth está pedindo um plano ao modelo de linguagem</translation>
    </message>
    <message>
        <source>Looking in your calendars…</source>
        <translation>Consultando os seus calendários…</translation>
    </message>
    <message>
        <source>Asking the language model for a plan…</source>
        <translation>Pedindo um plano ao modelo de linguagem…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>A model on this computer or the local network may take a while</source>
        <translation>Um modelo neste computador ou na rede local pode demorar um pouco</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop looking in the calendars</source>
        <translation>Deixar de consultar os calendários</translation>
    </message>
    <message>
        <source>Stop asking the language model</source>
        <translation>Deixar de perguntar ao modelo de linguagem</translation>
    </message>
    <message>
        <source>Loading the model… {waited} s (then up to {budget} s for the answer)</source>
        <translation>Carregando o modelo… {waited} s (depois até {budget} s para a resposta)</translation>
    </message>
    <message>
        <source>{doing} {waited} s of up to {budget} s</source>
        <translation>{doing} {waited} s de um máximo de {budget} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>connecting to the home…</source>
        <translation>ligando à casa…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>trabalhando…</translation>
    </message>
    <message>
        <source>listening…</source>
        <translation>ouvindo…</translation>
    </message>
    <message>
        <source>looking in your calendars…</source>
        <translation>consultando os seus calendários…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <source>Push-to-talk needs a speech model: install one in Settings › Voice</source>
        <translation>Pressionar para falar precisa de um modelo de voz: instale um em Configurações › Voz</translation>
    </message>
    <message>
        <source>Failed — {step}</source>
        <translation>Falhou — {step}</translation>
    </message>
    <message>
        <source>Not confirmed — {step} (please check)</source>
        <translation>Não confirmado — {step} (verifica)</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Nada foi executado.</translation>
    </message>
    <message>
        <source>Done — {steps}</source>
        <translation>Feito — {steps}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Feito.</translation>
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
        <translation>1 lembrete aguardando</translation>
    </message>
    <message>
        <source>%n reminders waiting</source>
        <translation>%n lembretes aguardando</translation>
    </message>
    <message>
        <source>Run “{text}”</source>
        <translation>Executar «{text}»</translation>
    </message>
    <message>
        <source>No quick commands yet (add them in Settings)</source>
        <translation>Ainda não há comandos rápidos (adiciona-os nas Configurações)</translation>
    </message>
    <message>
        <source>&amp;Recent commands</source>
        <translation>Comandos &amp;recentes</translation>
    </message>
    <message>
        <source>Run “{text}” again</source>
        <translation>Executar de novo «{text}»</translation>
    </message>
    <message>
        <source>&amp;Show Hearth</source>
        <translation>&amp;Mostrar o Hearth</translation>
    </message>
    <message>
        <source>&amp;Quit Hearth</source>
        <translation>&amp;Sair do Hearth</translation>
    </message>
    <message>
        <source>Re&amp;minders ({count} waiting)</source>
        <translation>Lem&amp;bretes (aguardando: {count})</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Lem&amp;bretes</translation>
    </message>
    <message>
        <source>Was due at {time} (late)</source>
        <translation>Estava previsto às {time} (atrasado)</translation>
    </message>
    <message>
        <source>Was due at {time}</source>
        <translation>Estava previsto às {time}</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dispensar</translation>
    </message>
    <message>
        <source>Open the &amp;agenda</source>
        <translation>Abrir a &amp;agenda</translation>
    </message>
    <message>
        <source>Hearth is still connecting to the home.</source>
        <translation>O Hearth ainda está se conectando à casa.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <source>Hearth is still running</source>
        <translation>O Hearth continua funcionando</translation>
    </message>
    <message>
        <source>Quick commands and reminders are here in the tray. Quit from its menu.</source>
        <translation>Os comandos rápidos e os lembretes estão aqui na área de notificação. Sai a partir do seu menu.</translation>
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
        <translation>Estado da voz</translation>
    </message>
    <message>
        <source>Speech models</source>
        <translation>Modelos de voz</translation>
    </message>
    <message>
        <source>Speech model to use</source>
        <translation>Modelo de voz a usar</translation>
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
        <translation>Língua</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Phrase lists</source>
        <translation>Listas de frases</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the selected speech model</source>
        <translation>Remover o modelo de voz selecionado</translation>
    </message>
    <message>
        <source>Hearth keeps its models in {folder}.</source>
        <translation>O Hearth guarda os seus modelos em {folder}.</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Baixar um modelo</translation>
    </message>
    <message>
        <source>Vosk&apos;s small models are about 40–90 MB and work offline once downloaded. Pick one, or paste the address of a model zip (or a zip file&apos;s path).</source>
        <translation>Os modelos pequenos do Vosk têm cerca de 40–90 MB e funcionam sem internet depois de baixados. Escolhe um, ou cola o endereço de um zip de modelo (ou o caminho de um arquivo zip).</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modelo a baixar</translation>
    </message>
    <message>
        <source>More &amp;models…</source>
        <translation>Mais &amp;modelos…</translation>
    </message>
    <message>
        <source>List the models one can download</source>
        <translation>Listar os modelos que se podem baixar</translation>
    </message>
    <message>
        <source>Fetch Vosk&apos;s list of models (needs the network)</source>
        <translation>Obter a lista de modelos do Vosk (precisa da rede)</translation>
    </message>
    <message>
        <source>Push-to-talk</source>
        <translation>Pressionar para falar</translation>
    </message>
    <message>
        <source>Key to hold while speaking</source>
        <translation>Tecla a manter pressionada enquanto falas</translation>
    </message>
    <message>
        <source>&amp;Hold to talk:</source>
        <translation>&amp;Manter pressionado para falar:</translation>
    </message>
    <message>
        <source>Where the push-to-talk key works</source>
        <translation>Onde funciona a tecla de pressionar para falar</translation>
    </message>
    <message>
        <source>Play a &amp;sound when listening starts and stops</source>
        <translation>Tocar um &amp;som quando a escuta começa e acaba</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Sinal sonoro</translation>
    </message>
    <message>
        <source>Confidence needed to run without asking</source>
        <translation>Confiança necessária para executar sem perguntar</translation>
    </message>
    <message>
        <source>Run &amp;unseen from:</source>
        <translation>Executar &amp;sem ver a partir de:</translation>
    </message>
    <message>
        <source>A spoken command heard with less confidence than this, or picked from the other things Hearth may have heard, is always shown for your approval first.</source>
        <translation>Um comando falado ouvido com menos confiança do que esta, ou escolhido entre as outras coisas que o Hearth pode ter ouvido, é sempre mostrado primeiro para a sua aprovação.</translation>
    </message>
    <message>
        <source>Also listen for &amp;free text</source>
        <translation>Ouvir também &amp;texto livre</translation>
    </message>
    <message>
        <source>Free-form recognition</source>
        <translation>Reconhecimento livre</translation>
    </message>
    <message>
        <source>Free text is what reminders and shopping items say. Hearth listens mostly for your home&apos;s own names and commands; free text takes a second pass over the speech, which costs more processor time.</source>
        <translation>Texto livre é o que dizem os lembretes e os artigos das compras. O Hearth ouve sobretudo os nomes e comandos próprios da sua casa; o texto livre exige uma segunda passagem pela fala, o que gasta mais tempo de processador.</translation>
    </message>
    <message>
        <source>Not usable: {models}</source>
        <translation>Não utilizável: {models}</translation>
    </message>
    <message>
        <source>Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you offline with a Vosk speech model and listens for your home&apos;s own names.</source>
        <translation>Mantenha pressionado {keys} (ou o botão Falar) e fale; solte para enviar. Um clique em Falar, ou Ouvir na área de notificação, ouve até você fazer uma pausa; Esc cancela. O Hearth ouve você sem internet com um modelo de voz Vosk e presta atenção aos nomes da sua casa.</translation>
    </message>
    <message>
        <source>Automatic: the first model for the language</source>
        <translation>Automático: o primeiro modelo para a língua</translation>
    </message>
    <message>
        <source>{model} (not installed)</source>
        <translation>{model} (não instalado)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>No speech model installed yet: download one below.</source>
        <translation>Ainda não há nenhum modelo de voz instalado: baixe um abaixo.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loaded. Language of the commands: {commands}.</source>
        <translation>Pronto: {model} ({language}), carregado. Idioma dos comandos: {commands}.</translation>
    </message>
    <message>
        <source>Ready: {model} ({language}), loads when you first talk. Language of the commands: {commands}.</source>
        <translation>Pronto: {model} ({language}), carrega quando falar pela primeira vez. Idioma dos comandos: {commands}.</translation>
    </message>
    <message>
        <source>Installed {model}, a model for another language ({language}): choose it above, and the same language under This computer, to use it.</source>
        <translation>{model} instalado, um modelo para outro idioma ({language}): escolha-o acima, e o mesmo idioma em Este computador, para usá-lo.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>idioma desconhecido</translation>
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
        <translation>{model} veio com {origin}: remova-o com o pip</translation>
    </message>
    <message>
        <source>Delete the selected model from the data folder</source>
        <translation>Apagar o modelo selecionado da pasta de dados</translation>
    </message>
    <message>
        <source>Not saved: cannot write {file}: {error}</source>
        <translation>Não salvo: não é possível escrever {file}: {error}</translation>
    </message>
    <message>
        <source>Installed {model} ({language}, {size}).</source>
        <translation>{model} instalado ({language}, {size}).</translation>
    </message>
    <message>
        <source>{count} small models; those for your language first.</source>
        <translation>Modelos pequenos: {count}; primeiro os do seu idioma.</translation>
    </message>
    <message>
        <source>Fetching the list of models…</source>
        <translation>Obtendo a lista de modelos…</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Não removido: {error}</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <source>Quick commands</source>
        <translation>Comandos rápidos</translation>
    </message>
    <message>
        <source>Your favourite commands, one click away in the tray menu. You can change them any time in Settings.</source>
        <translation>Os seus comandos favoritos, a um clique no menu da área de notificação. Podes alterá-los a qualquer momento nas Configurações.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasta de dados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your history, reminders and the demo home&apos;s state stay here, on this computer.</source>
        <translation>O seu histórico, os lembretes e o estado da casa de demonstração ficam aqui, neste computador.</translation>
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
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Where this computer is tells Hearth which room “the lights” means when you do not say.</source>
        <translation>O lugar onde este computador está diz ao Hearth a que cômodo se refere «as luzes» quando não o dizes.</translation>
    </message>
    <message>
        <source>This computer&apos;s area</source>
        <translation>Cômodo deste computador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>&amp;Run low-risk commands without asking</source>
        <translation>&amp;Executar sem perguntar os comandos de risco baixo</translation>
    </message>
    <message>
        <source>Run low-risk commands without asking</source>
        <translation>Executar sem perguntar os comandos de risco baixo</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Cômodo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Lights, switches and music then run at once when Hearth is sure what you meant. Locks, doors and alarms always ask first.</source>
        <translation>Luzes, interruptores e música são então executados de imediato quando o Hearth tem a certeza do que querias dizer. Fechaduras, portas e alarmes perguntam sempre primeiro.</translation>
    </message>
    <message>
        <source>Loading the demo home…</source>
        <translation>Carregando a casa de demonstração…</translation>
    </message>
    <message>
        <source>The demo home could not be read: {error}</source>
        <translation>Não foi possível ler a casa de demonstração: {error}</translation>
    </message>
    <message>
        <source>{home}: {count} areas.</source>
        <translation>{home}: {count} cômodos.</translation>
    </message>
</context>
<context>
    <name>_Front</name>
    <message>
        <source>Not run</source>
        <extracomment>At the most this long after the window is shown, the home starts loading even if the window was not painted yet (see after_first_paint). How long --screenshot waits for the home before it renders anyway. Seconds from Quit to the end of the process at the most. The parts stop in well under a second; what is still running then is a worker thread that waits (on a keyring that does not answer or waits for its password, on a network folder), and the process ends without it. Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT), the terminal closing (SIGHUP, where the system has it).</extracomment>
        <translation>Não executado</translation>
    </message>
</context>
<context>
    <name>_HomeAssistantPage</name>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Conectar ao Home Assistant</translation>
    </message>
    <message>
        <source>Enter your Home Assistant&apos;s address and an access token, then test the connection.</source>
        <translation>Indica o endereço do seu Home Assistant e um token de acesso, depois testa a conexão.</translation>
    </message>
    <message>
        <source>The token could not be kept: {error}</source>
        <translation>Não foi possível guardar o token: {error}</translation>
    </message>
</context>
<context>
    <name>_PinPage</name>
    <message>
        <source>A PIN for security-sensitive steps (optional)</source>
        <translation>Um PIN para os passos sensíveis para a segurança (opcional)</translation>
    </message>
    <message>
        <source>A PIN keeps the steps that matter for your safety in your hands.</source>
        <translation>Um PIN deixa nas suas mãos os passos que importam para a sua segurança.</translation>
    </message>
    <message>
        <source>With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm only after you type it, and nobody at this computer can switch profiles (leave the child profile, say) or let Hearth see more devices without it.</source>
        <translation>Com um PIN, o Hearth destranca portas, abre a garagem ou desarma o alarme só depois de o escreveres, e ninguém neste computador pode mudar de perfil (sair do perfil de criança, por exemplo) nem deixar o Hearth ver mais dispositivos sem ele.</translation>
    </message>
    <message>
        <source>What the PIN protects</source>
        <translation>O que o PIN protege</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 a 12 algarismos</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>O novo PIN outra vez</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Estado do PIN</translation>
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
        <translation>Sem PIN, esses passos pedem-te antes que escrevas uma confirmação. Só é salva uma forma embaralhada do PIN, no chaveiro do sistema. Deixa isto vazio e pressiona Pular para decidir mais tarde em Configurações › Segurança.</translation>
    </message>
    <message>
        <source>A PIN cannot be set now: {error}. You can go on without one.</source>
        <translation>Não é possível definir um PIN agora: {error}. Podes continuar sem ele.</translation>
    </message>
    <message>
        <source>This computer already has a PIN: it stays as it is (change it in Settings › Safety).</source>
        <translation>Este computador já tem um PIN: fica como está (altera-o em Configurações › Segurança).</translation>
    </message>
    <message>
        <source>Not set: {error}.</source>
        <translation>Não definido: {error}.</translation>
    </message>
    <message>
        <source>Not set: the two PINs differ.</source>
        <translation>Não definido: os dois PIN são diferentes.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>A definir o PIN…</translation>
    </message>
    <message>
        <source>PIN set. Security-sensitive steps will ask for it.</source>
        <translation>PIN definido. Os passos sensíveis para a segurança vão pedi-lo.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bem-vindo ao Hearth</translation>
    </message>
    <message>
        <source>Hearth turns what you type or say into a plan, shows it, runs what you approve and checks that it really happened. Which home should it work with?</source>
        <translation>O Hearth transforma o que escreves ou dizes num plano, mostra-o, executa o que aprovas e verifica que aconteceu mesmo. Com que casa deve trabalhar?</translation>
    </message>
    <message>
        <source>&amp;Try the demo home</source>
        <translation>&amp;Experimentar a casa de demonstração</translation>
    </message>
    <message>
        <source>Try the demo home</source>
        <translation>Experimentar a casa de demonstração</translation>
    </message>
    <message>
        <source>&amp;Connect to Home Assistant</source>
        <translation>&amp;Conectar ao Home Assistant</translation>
    </message>
    <message>
        <source>Connect to Home Assistant</source>
        <translation>Conectar ao Home Assistant</translation>
    </message>
    <message>
        <source>A made-up house with lights, blinds, locks, a thermostat and more. Nothing real is switched; you can connect your home later in Settings.</source>
        <translation>Uma casa inventada com luzes, persianas, fechaduras, um termostato e mais. Nada real é acionado; podes ligar a sua casa mais tarde nas Configurações.</translation>
    </message>
    <message>
        <source>Control the devices of your Home Assistant. You need its address and a long-lived access token, which Hearth keeps in the system keyring.</source>
        <translation>Controla os dispositivos do seu Home Assistant. Precisas do endereço dele e de um token de acesso de longa duração, que o Hearth salva no chaveiro do sistema.</translation>
    </message>
</context>
</TS>
