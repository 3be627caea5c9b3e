# Difusiones: el asistente /broadcast, el progreso y los informes. Solo para quienes difunden,
# salvo las etiquetas de los botones, que cada destinatario ve en su idioma.

broadcast-button-more = Más información
broadcast-button-open = Abrir
broadcast-button-shop = Comprar ahora
broadcast-button-join = Unirse

broadcast-usage =
    /broadcast — redactar una difusión nueva
    /broadcast status — las difusiones en curso
    /broadcast cancel — detener una
broadcast-no-platform = Las difusiones se envían por Telegram y Discord, y ninguna de las dos plataformas está conectada todavía al bot.

## 1. El texto, idioma por idioma

broadcast-language = Preparemos una difusión. ¿En qué idioma está su primer texto? Después podrá añadir textos en otros idiomas.
broadcast-language-more = Ya tengo el texto en: { $written }. Añada un texto en otro idioma o continúe.
    .done = Continuar
broadcast-text =
    Envíe el texto ({ $language }) tal como deben verlo los destinatarios (hasta 4096 caracteres; se conservan los saltos de línea).
broadcast-fallbacks =
    ¿Cuáles de los demás idiomas deben recibir el texto ({ $language })? Toque para seleccionarlos y después continúe. Quienes hablen un idioma no seleccionado no recibirán esta difusión.
    .continue = Continuar

## 2. Un botón, si lo desea

broadcast-button = ¿El mensaje debe llevar un botón que abra un enlace? Su etiqueta aparece en el idioma de cada lector.
    .none = Sin botón
broadcast-url = Envíe la dirección que debe abrir el botón (empieza por https://).

## 3. Quién la recibe

broadcast-segment =
    ¿Quién debe recibirla?
    Idiomas: { $languages }
    Países: { $countries }
    Plataformas: { $platforms }
    Estado de la solicitud: { $statuses }
    Niveles: { $tiers }
    Canales: { $channels }
    Registro: { $registered }
    Última actividad: { $active }

    Toque una línea para acotarla o cuente los destinatarios.
    .languages = Idiomas
    .countries = Países
    .platforms = Plataformas
    .statuses = Estado
    .tiers = Niveles
    .channels = Canales
    .registered_since = Registro
    .active_since = Última actividad
    .count = Contar destinatarios
broadcast-segment-any = sin restricción
broadcast-segment-since = desde el { $date }
broadcast-segment-languages = los idiomas
broadcast-segment-countries = los países
broadcast-segment-platforms = las plataformas
broadcast-segment-statuses = los estados de solicitud
broadcast-segment-tiers = los niveles
broadcast-segment-channels = los canales
broadcast-choose =
    Elija { $what } que quiere incluir (toque de nuevo para quitar uno). Si no hay nada seleccionado, no se excluye a nadie.
    .back = Volver
broadcast-applicant-approved = Aprobada
broadcast-applicant-pending = En revisión
broadcast-applicant-rejected = No aprobada
broadcast-applicant-suspended = Suspendida
broadcast-applicant-none = Sin solicitud
broadcast-registered-since = ¿Solo quienes se registraron desde una fecha? Envíe la fecha (por ejemplo, 2026-10-01) o un número de días (30 son los últimos 30 días).
broadcast-active-since = ¿Solo quienes han tenido actividad desde una fecha? Envíe la fecha (por ejemplo, 2026-10-01) o un número de días (7 son los últimos 7 días).
broadcast-since-invalid = Envíe una fecha como 2026-10-01 o un número de días como 30, por favor.
broadcast-since-future = Esa fecha todavía no ha llegado. Envíe una fecha pasada, por favor.

## 4. Recuento, vista previa, confirmación

broadcast-nobody = Nadie cumple estos criterios. Amplíelos, por favor.
broadcast-audience =
    { $people ->
        [one] Llegará a { $people } persona en Telegram
        [many] Llegará a { $people } de personas en Telegram
       *[other] Llegará a { $people } personas en Telegram
    }{ $channels ->
        [0] .
        [one] {" "}y a { $channels } canal de anuncios de Discord.
        [many] {" "}y a { $channels } de canales de anuncios de Discord.
       *[other] {" "}y a { $channels } canales de anuncios de Discord.
    }{ $blocked ->
        [0] {""}
        [one] {" "}{ $blocked } persona más cumple los criterios, pero ha bloqueado el bot, así que se omitirá.
        [many] {" "}{ $blocked } de personas más cumplen los criterios, pero han bloqueado el bot, así que se omitirán.
       *[other] {" "}{ $blocked } personas más cumplen los criterios, pero han bloqueado el bot, así que se omitirán.
    }

    Así se verá:
broadcast-preview =
    { BLANK($button) ->
        [yes] Para: { $languages }

            { $text }
       *[no] Para: { $languages }

            { $text }

            Botón: «{ $button }»
    }
broadcast-confirm = ¿La enviamos?
    .now = Enviar ahora
    .schedule = Enviar más tarde
    .edit = Cambiar destinatarios
    .drop = Descartar
broadcast-when = ¿Cuándo debe salir? Envíe la fecha y la hora en UTC, por ejemplo 2026-12-01 18:00.
broadcast-when-invalid = Envíe una fecha y una hora en UTC, por ejemplo 2026-12-01 18:00, por favor.
broadcast-when-past = Esa hora ya ha pasado. Envíe una hora futura (UTC), por favor.
broadcast-dropped = Se ha descartado la difusión; no se ha enviado nada.
broadcast-scheduled = La difusión n.º { $id } está programada para el { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC. Envíe /broadcast cancel para anularla.
broadcast-started =
    { $followed ->
        [yes] La difusión n.º { $id } está en marcha. Le informaré aquí del progreso y le enviaré un informe al terminar. Envíe /broadcast cancel para detenerla.
       *[other] La difusión n.º { $id } está en marcha. Envíe /broadcast status para seguirla o /broadcast cancel para detenerla.
    }

## Estado y cancelación

broadcast-status-none = No hay ninguna difusión programada ni en envío.
broadcast-status-line =
    N.º { $id } ({ $state ->
        [scheduled] programada para el { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC
       *[running] enviándose
    }): { $sent ->
        [one] { $sent } enviado
        [many] { $sent } enviados
       *[other] { $sent } enviados
    }, { $remaining ->
        [one] { $remaining } pendiente
        [many] { $remaining } pendientes
       *[other] { $remaining } pendientes
    }.
broadcast-cancel-none = No hay ninguna difusión programada ni en envío, así que no hay nada que cancelar.
broadcast-cancel = ¿Qué difusión debo detener? Los mensajes que ya van en camino llegarán igualmente.
    .one = Detener la n.º { $id }
    .keep = No detener ninguna
broadcast-cancel-kept = No ha cambiado nada.
broadcast-cancel-too-late = La difusión n.º { $id } ya ha terminado o se ha cancelado.
broadcast-cancelled =
    { $running ->
        [yes] La difusión n.º { $id } se ha detenido. Los mensajes que ya van en camino llegarán; en breve recibirá las cifras finales.
       *[other] La difusión n.º { $id } se ha cancelado; no se ha enviado nada.
    }

## Progreso e informe final (se edita en el sitio y luego se envía)

broadcast-progress =
    Enviando la difusión n.º { $id }.
    Enviados: { $sent } · Fallidos: { $failed } · Bot bloqueado: { $blocked } · Pendientes: { $remaining }
    Tiempo restante: unos { $eta }
broadcast-report-done =
    La difusión n.º { $id } ha terminado ({ $took }).
    Enviados: { $sent } de { $total }
    Fallidos: { $failed }
    Han bloqueado el bot: { $blocked }
    Omitidos (ya habían bloqueado el bot): { $skipped }
    Resultado desconocido (envío interrumpido): { $unknown }
broadcast-report-cancelled =
    La difusión n.º { $id } se ha cancelado ({ $took }).
    Enviados: { $sent } de { $total }
    No enviados por la cancelación: { $cancelled }
    Fallidos: { $failed }
    Han bloqueado el bot: { $blocked }
    Omitidos (ya habían bloqueado el bot): { $skipped }
    Resultado desconocido (envío interrumpido): { $unknown }
