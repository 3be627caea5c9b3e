# Inscripción como creador de contenido, paso a paso, y estado de la solicitud.

onboarding-language =
    ¡Hola! Soy el asistente del programa { $programme }. Le ayudaré a unirse al programa en unos pocos pasos.

    Hablaremos en español. Si prefiere otro idioma, elíjalo a continuación.
onboarding-consent =
    Antes de empezar: para revisar su solicitud, guardamos su nombre, su país, sus redes sociales, el tamaño de su audiencia y la cuenta de mensajería desde la que nos escribe.

    Condiciones del programa: { $terms_url }
    Política de privacidad: { $privacy_url }
    (versión { $version })

    ¿Acepta las condiciones del programa y la política de privacidad?
    .accept = Acepto
    .decline = No, gracias
onboarding-declined = Entendido, no he guardado nada. Si cambia de opinión, envíe /start.
onboarding-name = ¿Cómo quiere que me dirija a usted? Envíe su nombre o su nombre de creador.
onboarding-country = ¿En qué país vive? Elíjalo a continuación o escriba su nombre.
    .other = Otro país
onboarding-country-code = Escriba el nombre de su país o su código de dos letras, por ejemplo, DE o PT.
onboarding-platform = ¿Cuál es su plataforma principal?
onboarding-extra-platform = ¿En qué plataforma está su otro canal?
onboarding-handle =
    { $platform ->
        [instagram] Envíe su nombre de usuario de Instagram (por ejemplo, @lucia.garcia) o un enlace a su perfil.
        [tiktok] Envíe su nombre de usuario de TikTok (por ejemplo, @lucia.garcia) o un enlace a su perfil.
        [youtube] Envíe su identificador de YouTube (por ejemplo, @LuciaGarcia) o un enlace a su canal.
        [vk] Envíe su página de VK: el nombre corto o un enlace como vk.com/luciagarcia.
        [telegram] Envíe su canal de Telegram (por ejemplo, @lucia_garcia) o su enlace t.me.
        [twitch] Envíe su nombre de usuario de Twitch o un enlace a su canal.
       *[other] Envíe un enlace a su perfil o canal.
    }
onboarding-audience = ¿Cuántos seguidores tiene { $handle }? Basta con una cifra aproximada, por ejemplo, 12.500 o 12,5k.
onboarding-niche = ¿De qué trata principalmente su contenido?
onboarding-more =
    ¿Tiene otros canales que añadir? Puede añadir hasta { $max ->
        [one] { $max } canal
        [many] { $max } canales
       *[other] { $max } canales
    } en total.
    .add = Añadir un canal
    .done = No, continuar
onboarding-summary =
    Revise su solicitud:

    Nombre: { $name }
    País: { $country }
    Canal principal: { $platform } { $handle }, { $audience ->
        [one] { $audience } seguidor
        [many] { $audience } seguidores
       *[other] { $audience } seguidores
    }
    Temática: { $niche }
    Otros canales: { $extra }

    ¿Está todo correcto?
    .submit = Enviar la solicitud
    .edit = Cambiar algo
onboarding-summary-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } seguidor
        [many] { $audience } seguidores
       *[other] { $audience } seguidores
    }
onboarding-summary-no-extra = ninguno
onboarding-edit = ¿Qué desea cambiar?
    .name = Nombre
    .country = País
    .channel = Canal principal
    .niche = Temática
    .extras = Otros canales
    .back = Nada, volver al resumen
onboarding-submitted =
    ¡Gracias, { $name }! Su solicitud ya está en manos de nuestro equipo.

    Normalmente revisamos las solicitudes en un plazo de { $days ->
        [one] { $days } día hábil
        [many] { $days } días hábiles
       *[other] { $days } días hábiles
    }, y le escribiré por aquí en cuanto haya una decisión. Puede consultar el estado en cualquier momento con /status.
onboarding-resume = ¡Hola de nuevo! Sigamos donde lo dejamos.

## Redes sociales y temáticas, en los botones y en el resumen.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-vk = VK
platform-telegram = Canal de Telegram
platform-twitch = Twitch
platform-other = Otra plataforma

niche-fashion = Moda
niche-beauty = Belleza
niche-tech = Tecnología y dispositivos
niche-home = Hogar y jardín
niche-sport = Deporte y aire libre
niche-kids = Niños y familia
niche-food = Gastronomía y cocina
niche-travel = Viajes
niche-gaming = Videojuegos
niche-other = Otro tema

## /status

status-none = Todavía no ha enviado ninguna solicitud. Envíe /start para inscribirse en el programa { $programme }.
status-in-progress = Su solicitud aún no está completa. Continuemos:
status-pending = Su solicitud del { $submitted } está en revisión. Le escribiré por aquí en cuanto haya una decisión.
status-approved = Su solicitud ha sido aprobada. ¡Le damos la bienvenida al programa { $programme }!
status-rejected = Lamentablemente, su solicitud no ha sido aprobada. Si tiene alguna pregunta, escríbanos a { $support }.
status-suspended = Su participación en el programa está suspendida. Póngase en contacto con { $support }.

## Comprobaciones y cambios en los otros canales.

onboarding-name-no-letters = El nombre debe contener al menos una letra: no sirven solo emojis, cifras o símbolos.
onboarding-handle-number = ¿{ $handle } es realmente su nombre de usuario? Solo tiene cifras; si era el tamaño de su audiencia, elija No y envíe primero su nombre de usuario.
    .yes = Sí, es ese
    .no = No, lo escribo de nuevo
onboarding-channel-duplicate = { $handle } ya figura en su solicitud. Envíe otro canal o /cancel.
onboarding-extras = ¿Qué canal desea cambiar o eliminar?
    .add = Añadir un canal
    .back = Volver al resumen
onboarding-extras-none = Su solicitud aún no tiene otros canales.
onboarding-extras-change = Cambiar { $platform } { $handle }
onboarding-extras-remove = Eliminar { $platform } { $handle }
onboarding-extras-removed = Se ha eliminado { $handle } de su solicitud.
