# Mensajes que puede mostrar cualquier conversación. Registro formal (usted) en todos los idiomas.

help =
    { $programme } es su asistente para el programa de creadores de contenido.

    Comandos:
    /start — inscribirse en el programa o consultar su solicitud
    /status — estado de su solicitud
    /earnings — sus ganancias (o pregunte sin más: «¿cuánto gané en octubre?»)
    /link — un nuevo enlace de seguimiento para una campaña o un producto
    /links — sus enlaces y sus resultados
    /payout — solicitar el cobro de sus ganancias confirmadas
    /invite — invitar a otros creadores al programa
    /connect — vincular sus cuentas de Telegram y Discord
    /faq — respuestas a preguntas frecuentes (o simplemente pregunte)
    /support — preguntar a una persona de nuestro equipo
    /privacy — qué datos suyos guardamos, para qué y durante cuánto tiempo
    /export — todos sus datos en un archivo
    /delete — borrar sus datos
    /language — cambiar el idioma
    /cancel — detener la acción en curso
    /help — este mensaje

    ¿Necesita hablar con una persona? Escríbanos a { $support }.

cancelled = Listo, lo dejamos aquí. No se ha guardado nada de este paso.
cancelled-onboarding = Se ha interrumpido el registro y no se han guardado sus respuestas. Envíe /start para empezar de nuevo desde la primera pregunta.
nothing-to-cancel = Ahora mismo no hay nada que cancelar.
command-unknown = No conozco el comando /{ $command }. Envíe /help para ver lo que puedo hacer.
not-understood = Lo siento, no lo he entendido. Envíe /help para ver lo que puedo hacer.
button-stale = Este botón ya no está activo. Utilice el mensaje más reciente.
session-expired = Nuestra conversación anterior ha caducado, así que empezamos de nuevo.
error-internal = Algo ha fallado por nuestra parte. Vuelva a intentarlo dentro de un minuto; si el problema continúa, envíe /help para hablar con una persona del equipo.

## Respuestas a datos incorrectos. Después de cada una se repite la pregunta.

input-text-empty = La respuesta está vacía. Escriba su respuesta.
input-text-too-short =
    { $min ->
        [one] La respuesta debe tener al menos { $min } carácter.
        [many] La respuesta debe tener al menos { $min } caracteres.
       *[other] La respuesta debe tener al menos { $min } caracteres.
    }
input-text-too-long =
    { $max ->
        [one] La respuesta no puede tener más de { $max } carácter.
        [many] La respuesta no puede tener más de { $max } caracteres.
       *[other] La respuesta no puede tener más de { $max } caracteres.
    }
input-number-invalid = Envíe un número entero, por ejemplo, 12.500 o 12,5k.
input-number-too-small = El número debe ser como mínimo { $min }.
input-number-too-large = El número debe ser como máximo { $max }.
input-url-invalid = Eso no parece una dirección web. Envíe un enlace que empiece por https://
input-url-domain = El enlace debe llevar a uno de estos sitios: { $domains }.
input-email-invalid = Eso no parece una dirección de correo electrónico. Revísela y vuelva a enviarla.
input-country-invalid = No reconozco ese país. Envíe su nombre o su código de dos letras, por ejemplo, DE o PT.
input-choose-button = Elija uno de los botones de abajo.
input-handle-invalid =
    { $platform ->
        [instagram] Ese nombre de usuario de Instagram no es válido. Envíelo con el formato @lucia.garcia o como enlace a su perfil.
        [tiktok] Ese nombre de usuario de TikTok no es válido. Envíelo con el formato @lucia.garcia o como enlace a su perfil.
        [youtube] Ese identificador de YouTube no es válido. Envíelo con el formato @LuciaGarcia o como enlace a su canal.
        [vk] Esa página de VK no es válida. Envíe el nombre corto (por ejemplo, durov) o un enlace como vk.com/durov.
        [telegram] Ese canal de Telegram no es válido. Envíelo con el formato @lucia_garcia o como enlace t.me.
        [twitch] Ese nombre de usuario de Twitch no es válido. Envíelo con el formato luciagarcia o como enlace twitch.tv.
       *[other] Envíe un enlace a su perfil que empiece por https://
    }

## Descripciones de los comandos para los menús de comandos de las plataformas (breves).

command-start = Inscribirse o ver su solicitud
command-status = Estado de su solicitud
command-language = Cambiar el idioma
command-help = Qué puede hacer este bot
command-cancel = Detener el paso actual

## Configuración de un servidor de la comunidad (Discord /setup).

setup-needs-server = Este comando funciona en un servidor, no en mensajes directos.
setup-forbidden = Solo los administradores del servidor (con el permiso «Gestionar servidor») y el equipo del programa pueden cambiar su configuración.
setup-bad-language = Ese idioma no está disponible. Elija inglés, ruso, francés, español o polaco.
setup-usage = Utilice /setup announcements con un canal o /setup role con un rol.
setup-all-languages = todos los idiomas
setup-announcements-done = Listo: los anuncios se publicarán en el canal { $channel }. Idioma: { $language }.
setup-role-done = Listo: los creadores de contenido cuya solicitud se apruebe recibirán el rol { $role }.

## Discord: respuesta a una pregunta que requiere escribir texto y nombres de los comandos de barra.

discord-answer = Responder
discord-answer-title = Su respuesta
discord-answer-label = Escriba aquí su respuesta
discord-command-start = empezar
discord-command-status = estado
discord-command-language = idioma
discord-command-help = ayuda
discord-command-cancel = cancelar
discord-command-setup = configurar
discord-command-setup-announcements = Elegir el canal de anuncios para un idioma
discord-command-setup-role = Elegir el rol que reciben los creadores de contenido aprobados
discord-option-code = Un código de recomendación o de campaña, si dispone de alguno
discord-option-channel = El canal de anuncios
discord-option-language = El idioma de los anuncios en ese canal (todos si se deja vacío)
discord-option-role = El rol que se asignará a los creadores de contenido aprobados
command-setup = Configurar este servidor para el programa

## La página que ve un visitante cuando un enlace de seguimiento no existe o está en pausa.

redirect-not-found-title = Enlace no encontrado
redirect-not-found = Este enlace no existe o ya no está activo. Compruébelo con la persona que lo compartió.
