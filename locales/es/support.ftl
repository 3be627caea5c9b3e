# Soporte: las consultas de un creador al equipo del programa (/support, /tickets, /reply).
# Una «consulta» es una pregunta a una persona; solo el equipo ve los mensajes «support-desk-*».

command-support = Preguntar a una persona del equipo
discord-command-support = soporte
support-ask = ¿Cuál es su pregunta? Descríbala en un solo mensaje; una persona de nuestro equipo le responderá aquí.
    .salecheck = Comprobar una venta no registrada
support-opened = Gracias. Su pregunta queda registrada como la consulta n.º { $number }; una persona de nuestro equipo le responderá aquí. Todo lo que escriba ahora se añadirá a ella.
support-already-open = Su consulta n.º { $number } sigue abierta: escriba aquí y sus mensajes se añadirán a ella. Envíe /close cuando ya no la necesite.
support-added = Añadido a la consulta n.º { $number }.
support-reply =
    Respuesta de nuestro equipo (consulta n.º { $number }):

    { $text }
support-closed = La consulta n.º { $number } está cerrada. ¿Le hemos ayudado? Valore la respuesta del 1 al 5, por favor.
support-closed-self = La consulta n.º { $number } está cerrada. ¿Le hemos ayudado? Valore la respuesta del 1 al 5, por favor.
support-rate-choice =
    { $stars ->
        [one] { $stars } estrella
        [many] { $stars } estrellas
       *[other] { $stars } estrellas
    }
support-reopen-choice = Reabrir
support-rated = Gracias por su valoración ({ $stars } de 5).
support-rate-once = Esta consulta ya se ha valorado o se ha reabierto.
support-reopened = La consulta n.º { $number } está abierta de nuevo: escriba su mensaje aquí.
support-none-open = No tiene ninguna consulta abierta. Envíe /support para preguntar a una persona de nuestro equipo.

# El equipo, en el chat y en la línea de comandos.
support-state =
    { $state ->
        [open] pendiente del equipo
        [waiting] pendiente del creador
       *[closed] cerrada
    }
support-list-empty = No hay consultas abiertas.
support-list =
    { $count ->
        [one] { $count } consulta abierta, de la más antigua a la más reciente:
        [many] { $count } consultas abiertas, de la más antigua a la más reciente:
       *[other] { $count } consultas abiertas, de la más antigua a la más reciente:
    }
    { $tickets }

    /tickets N muestra una, /reply N texto la responde, /close N la cierra.
support-list-item = n.º { $number } · { $state } · { $locale } · { $channel } · { $subject }
support-show =
    { $ticket }

    { $messages }
support-show-message = { $who }: { $text }
support-author =
    { $direction ->
        [in] Creador
       *[out] Equipo ({ $author })
    }
support-media =
    { $media ->
        [photo] [foto]
        [document] [documento]
       *[other] [sin texto]
    }
support-no-ticket = No existe la consulta n.º { $number }.
support-reply-usage =
    Para responder a una consulta, envíe /reply con su número y el texto, por ejemplo:
    /reply 12 Su venta se confirmará al terminar el periodo de retención.
support-reply-sent = Enviado al creador de la consulta n.º { $number }.
support-ticket-closed = La consulta n.º { $number } está cerrada; el creador puede reabrirla.
support-closed-staff = La consulta n.º { $number } está cerrada; se ha pedido al creador que valore la respuesta.
staff-support-summary =
    Soporte: { $open ->
        [one] { $open } consulta abierta
        [many] { $open } consultas abiertas
       *[other] { $open } consultas abiertas
    }; mediana de la primera respuesta en los últimos 30 días: { $median }.
    /tickets — consultas abiertas; /reply N texto — responder; /close N — cerrar
staff-support-no-median = aún sin respuestas
staff-support-minutes =
    { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }

# El puesto del equipo (un tema de foro en Telegram, un hilo privado en Discord).
support-desk-topic = n.º { $number } · { $locale } · { $country }
support-card =
    Consulta n.º { $number } · { $state }
    { $name } · { $account }
    Solicitud: { $status } · nivel { $tier }
    País: { $country } · idioma: { $locale }
    Canales: { $channels }
    Saldo: { $balance }
    Últimos pedidos: { $orders }
    Solicitudes de cobro abiertas: { $payouts }
    Consultas anteriores: { $earlier }

    Responda en este tema; /close cierra la consulta.
support-card-none = ninguna
support-desk-user-text = Creador: { $text }
support-desk-reopened = El creador ha reabierto la consulta.
support-desk-closed-by-user = El creador ha cerrado la consulta.
support-desk-closed = Consulta cerrada por { $actor }; se ha pedido al creador que valore la respuesta.
support-desk-rated = El creador ha valorado la respuesta con { $rating } de 5.
support-desk-denied = No enviado: para responder a las consultas se necesita el rol «support».
support-desk-blocked = No entregado: el creador ha bloqueado el bot.
support-desk-not-ticket = Este tema no es una consulta abierta; no se ha enviado nada.

# Discord: el puesto del equipo es un canal de un servidor del equipo (/setup support), un hilo privado por consulta.
setup-support-done = Hecho: cada nueva consulta de soporte tendrá un hilo privado en { $channel }, con la ficha del creador. El equipo responde allí con /reply.
discord-command-setup-support = Elegir el canal donde las consultas de soporte tienen sus hilos
discord-option-support-channel = El canal del equipo para los hilos de las consultas
discord-command-reply = responder
command-reply = Responder a la consulta de este hilo
discord-option-reply-text = Su respuesta, tal como la leerá el creador
discord-option-support-question = Su pregunta, en un solo mensaje

# Abusos: límites de frecuencia y bloqueo (/block, /unblock: equipo de soporte).
abuse-slow-down =
    { $seconds ->
        [one] Está enviando mensajes demasiado rápido. Espere { $seconds } segundo y vuelva a intentarlo.
        [many] Está enviando mensajes demasiado rápido. Espere { $seconds } segundos y vuelva a intentarlo.
       *[other] Está enviando mensajes demasiado rápido. Espere { $seconds } segundos y vuelva a intentarlo.
    }
abuse-blocked = Su acceso a este bot se ha suspendido. Si cree que es un error, escriba a { $contact }.
abuse-block-usage =
    Para bloquear a alguien, envíe /block con la cuenta y, si quiere, el motivo, por ejemplo:
    /block telegram:123456789 spam en comentarios
abuse-unblock-usage =
    Para desbloquear a alguien, envíe /unblock con la cuenta, por ejemplo:
    /unblock telegram:123456789
abuse-unknown-account = Nadie ha escrito al bot desde la cuenta { $account }.
abuse-not-yourself = No puede bloquearse a sí mismo.
abuse-already-blocked = La cuenta { $account } ya está bloqueada; no ha cambiado nada.
abuse-not-blocked = La cuenta { $account } no está bloqueada; no ha cambiado nada.
abuse-blocked-done =
    { $tickets ->
        [0] Hecho: la cuenta { $account } está bloqueada. Sus mensajes se ignoran y las difusiones ya no le llegan.
        [one] Hecho: la cuenta { $account } está bloqueada y se ha cerrado { $tickets } consulta abierta. Sus mensajes se ignoran y las difusiones ya no le llegan.
        [many] Hecho: la cuenta { $account } está bloqueada y se han cerrado { $tickets } consultas abiertas. Sus mensajes se ignoran y las difusiones ya no le llegan.
       *[other] Hecho: la cuenta { $account } está bloqueada y se han cerrado { $tickets } consultas abiertas. Sus mensajes se ignoran y las difusiones ya no le llegan.
    }
abuse-unblocked-done = Hecho: la cuenta { $account } está desbloqueada y puede volver a usar el bot.
