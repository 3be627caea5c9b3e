# Revisión de solicitudes por el equipo del programa (/review), y lo que se comunica al solicitante.

## Para quien revisa, en su idioma.

review-queue-empty = Ahora mismo no hay solicitudes pendientes de revisión. Vuelva a enviar /review más tarde.
review-application =
    Solicitud n.º { $number } del { $submitted }
    { $waiting ->
        [0] No hay más solicitudes en espera.
        [one] Hay { $waiting } solicitud más en espera.
        [many] Hay { $waiting } solicitudes más en espera.
       *[other] Hay { $waiting } solicitudes más en espera.
    }

    Nombre: { $name }
    País: { $country }
    Temática: { $niche }
    Canales:
    { $channels }
    Idioma: { $language }
    Cuenta: { $account }
    Código de referido: { $referral }
    Preguntas y respuestas:
    { $answers }
    .approve = Aprobar
    .reject = Rechazar
    .ask = Hacer una pregunta
    .skip = Saltar
    .stop = Dejar de revisar
review-application-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } seguidor
        [many] { $audience } seguidores
       *[other] { $audience } seguidores
    } — { $url }
review-application-answer =
    P: { $question }
    R: { $answer }
review-application-none = ninguna
review-approve-confirm = ¿Aprobar la solicitud de { $name }? Se le avisará enseguida y podrá empezar a crear enlaces.
    .confirm = Sí, aprobar
    .back = Volver a la solicitud
review-approved-done = La solicitud de { $name } está aprobada y se le ha avisado.
review-reject-reason = ¿Por qué no se aprueba la solicitud de { $name }? El solicitante leerá el motivo en su propio idioma.
    .audience = Audiencia insuficiente
    .content = Contenido no adecuado
    .incomplete = Perfil incompleto
    .region = Región sin servicio
    .other = Otro motivo…
    .back = Volver a la solicitud
review-reject-note = Escriba el motivo para { $name } en una o dos frases. Se envía tal como usted lo escriba.
review-rejected-done = La solicitud de { $name } no se ha aprobado. Motivo enviado: { $reason }
review-ask-question = ¿Qué desea preguntar a { $name }? Escriba su pregunta: se envía tal como usted la escriba, y la solicitud volverá a la cola con la respuesta.
review-asked-done = Su pregunta se ha enviado a { $name }. La solicitud volverá a la cola en cuanto llegue la respuesta.
review-released = La solicitud ha vuelto a la cola. Envíe /review cuando quiera continuar.
review-not-held = Esta solicitud ya no está a su cargo: ya se ha decidido, o su reserva caducó y la ha tomado otra persona del equipo. Envíe /review para la siguiente.

## Motivos de rechazo, tal como los lee el solicitante.

review-reason-audience = La audiencia de sus canales es inferior a la que el programa exige actualmente.
review-reason-content = El contenido de sus canales no se ajusta a las normas del programa.
review-reason-incomplete = Su perfil no nos da suficiente información para evaluar la solicitud.
review-reason-region = El programa todavía no está disponible en su región.

## Para el solicitante, en su idioma.

review-notify-approved = Buenas noticias: ¡su solicitud para { $programme } está aprobada! Envíe /link para crear su primer enlace de seguimiento; /help le muestra todo lo demás.
review-notify-rejected =
    Gracias por su interés en { $programme }. Lamentablemente, por ahora no podemos aprobar su solicitud.

    Motivo: { $reason }

    Podrá volver a presentarla a partir del { $reapply }: basta con enviar /start.
review-notify-question =
    Nuestro equipo tiene una pregunta sobre su solicitud para { $programme }:

    «{ $question }»

    Responda aquí, por favor, en un solo mensaje.
review-notify-invite =
    Aquí tiene su invitación personal al grupo de creadores: { $link }

    Sirve para una sola persona y caduca en { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }.
review-answer-prompt = Nuestro equipo le pregunta: «{ $question }» Escriba su respuesta en un solo mensaje, por favor.
review-answer-received = ¡Gracias! Su respuesta se ha añadido a la solicitud y nuestro equipo continuará con la revisión.
review-reapply-wait = Su solicitud anterior no fue aprobada. Podrá presentar una nueva a partir del { $date }; si mientras tanto tiene preguntas, escriba a { $support }.
review-reapply-open = Su solicitud anterior no fue aprobada, pero ya puede presentar una nueva. Empecemos.
