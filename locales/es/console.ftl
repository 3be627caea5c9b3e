# La consola web del equipo (/console en el chat da un enlace de acceso de un solo uso). Solo la ve el equipo.

## En el chat

console-link =
    Su enlace personal de acceso a la consola del equipo:
    { $url }

    Funciona una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, y abre la consola con los roles de esta cuenta. No lo comparta con nadie.
console-off = La consola del equipo no está activada en este programa (BOT_CONSOLE_SECRET no está definido).

## Acceso y salida

console-title = Consola del equipo
console-login-title = Acceso a la consola del equipo
console-login-as = Va a acceder como { $account }.
console-login-button = Acceder
console-login-used = Este enlace de acceso ya se ha utilizado. Envíe /console en el chat para obtener uno nuevo.
console-login-expired = Este enlace de acceso ha caducado. Envíe /console en el chat para obtener uno nuevo.
console-login-unknown = Este enlace de acceso no es válido. Envíe /console en el chat para obtener uno nuevo.
console-refused-title = Acceso denegado
console-signed-out = No ha accedido o su sesión ha terminado. Envíe /console en el chat para obtener un enlace de acceso.
console-signed-out-done = Ha cerrado la sesión. Envíe /console en el chat cuando quiera volver.
console-role-missing = Para esta página se necesita el rol «{ $role }», que usted no tiene. Un propietario del programa puede asignárselo.
console-csrf = Este formulario ha caducado o no procede de la consola. Vuelva a abrir la página e inténtelo de nuevo.
console-sign-out = Cerrar sesión

## Navegación

console-nav-overview = Resumen
console-nav-applications = Solicitudes
console-nav-campaigns = Campañas
console-nav-payouts = Cobros
console-nav-broadcasts = Difusiones
console-nav-staff = Roles del equipo
console-nav-audit = Registro de auditoría

## Palabras comunes

console-none = Todavía no hay nada.
console-any = cualquiera
console-name = Nombre
console-country = País
console-countries = Países
console-all-countries = todos los países
console-platforms = Plataformas
console-audience = Audiencia
console-submitted = Enviada
console-niche = Temática
console-account = Cuenta
console-role = Rol
console-since = Desde
console-by = Por
console-created = Creada
console-state = Estado
console-amount = Importe
console-reason = Motivo
console-reference = Referencia
console-when = Cuándo
console-action = Acción
console-subject = Objeto
console-details = Detalles
console-apply-filters = Mostrar
console-days =
    { $count ->
        [one] { $count } día
        [many] { $count } días
       *[other] { $count } días
    }
console-requests =
    { $count ->
        [one] { $count } solicitud
        [many] { $count } solicitudes
       *[other] { $count } solicitudes
    }
console-status-label = Estado
console-status =
    { $status ->
        [draft] Sin enviar
        [pending] En revisión
        [approved] Aprobada
        [rejected] No aprobada
        [suspended] Suspendida
       *[other] { $status }
    }

## Resumen

console-applications-waiting = Solicitudes pendientes de revisión
console-payouts-waiting = Cobros por pagar
console-influencers-by-status = Creadores por estado
console-influencers-by-tier = Creadores aprobados por nivel
console-last-days = { $days ->
        [one] El último día
        [many] Los últimos { $days } días
       *[other] Los últimos { $days } días
    }
console-chart-clicks = Clics por día
console-chart-orders = Pedidos por día
console-chart-commission = Comisión por día ({ $currency })
console-broadcasts-active = Difusiones en curso

## Solicitudes

console-applications-claimable =
    { $count ->
        [0] Ahora mismo no hay ninguna solicitud que revisar.
        [one] Ahora se puede revisar { $count } solicitud.
        [many] Ahora se pueden revisar { $count } solicitudes.
       *[other] Ahora se pueden revisar { $count } solicitudes.
    }
console-filter-country = País (dos letras)
console-filter-platform = Plataforma
console-filter-min-audience = Audiencia mínima
console-sort = Orden
console-sort-oldest = primero las más antiguas
console-sort-audience = primero la mayor audiencia
console-review = Revisar
console-release = Devolver a la cola
console-held-by = La está revisando { $actor }
console-held-until = Esta solicitud está reservada para usted hasta { $time }.
console-application-taken = Otra persona está revisando esta solicitud, o ya se ha decidido.
console-application-not-held = Esta solicitud ya no está en sus manos: se ha decidido, o su reserva caducó y otro revisor la ha tomado.
console-application-approved = La solicitud de { $name } está aprobada y se le ha avisado.
console-application-rejected = La solicitud de { $name } no se ha aprobado; se le ha enviado el motivo.
console-application-asked = Su pregunta se ha enviado a { $name }. La solicitud volverá a la cola con su respuesta.
console-application-released = La solicitud ha vuelto a la cola.
console-reason-missing = Elija un motivo.

## Campañas

console-campaign-new = Nueva campaña
console-campaign-create = Crear la campaña
console-destination = Destino
console-currency = Moneda
console-rates = Comisión
console-rate-for = Comisión para el nivel { $tier } (en puntos básicos, 800 = 8 %)
console-window = Atribución / retención
console-window-days = Ventana de atribución (días)
console-lock-days = Periodo de retención (días)
console-domains = Dominios de productos permitidos (separados por espacios)
console-starts = Inicio
console-ends = Fin
console-campaign-state =
    { $active ->
        [yes] Activa
       *[no] En pausa
    }
console-campaign-edit = Modificar «{ $name }»
console-campaign-save = Guardar los cambios
console-campaign-saved = La campaña «{ $name }» se ha modificado; los nuevos clics y ventas siguen las nuevas condiciones.
console-campaign-figures = { $days ->
        [one] Último día
        [many] Últimos { $days } días
       *[other] Últimos { $days } días
    }
console-orders-count =
    { $count ->
        [one] { $count } pedido
        [many] { $count } pedidos
       *[other] { $count } pedidos
    }
console-campaign-pause = Pausar
console-campaign-resume = Reanudar
console-campaign-added = La campaña «{ $name }» se ha creado.
console-campaign-paused = La campaña «{ $name }» está en pausa: sus enlaces dejarán de funcionar en unos segundos.
console-campaign-resumed = La campaña «{ $name }» vuelve a estar activa.
console-campaign-missing = No hay ninguna campaña llamada «{ $name }».
console-campaign-exists = Ya existe una campaña llamada «{ $name }».
console-campaign-bad-name = Indique un nombre para la campaña.
console-campaign-bad-url = El destino debe ser una dirección que empiece por http:// o https://.
console-campaign-bad-currency = La moneda debe ser un código ISO 4217 de tres letras, por ejemplo EUR.
console-campaign-bad-days = La ventana de atribución y el periodo de retención no pueden ser negativos.
console-campaign-bad-ends = El fin debe ser posterior al inicio.
console-campaign-bad-domain = «{ $detail }» no es un nombre de dominio.
console-campaign-bad-rate = Indique una comisión para al menos un nivel, entre 0 y 10 000 puntos básicos.
console-campaign-bad-number = Escriba los números y las fechas en cifras (las fechas como 2026-12-01).

## Cobros

console-payouts-empty = No hay solicitudes de cobro pendientes.
console-payouts-more =
    { $count ->
        [one] Detrás de estas espera { $count } solicitud más: pague primero estas o descargue el CSV.
        [many] Detrás de estas esperan { $count } solicitudes más: pague primero estas o descargue el CSV.
       *[other] Detrás de estas esperan { $count } solicitudes más: pague primero estas o descargue el CSV.
    }
console-payout-details = Datos de cobro
console-csv = Descargar la cola en CSV
console-pay = Marcar como pagada
console-reject = Rechazar
console-sepa-export = Fichero SEPA de las solicitudes seleccionadas (se marcan como pagadas)
console-sepa-off = Los ficheros SEPA necesitan la cuenta del programa: defina BOT_SEPA_DEBTOR_NAME y BOT_SEPA_DEBTOR_IBAN.
console-sepa-invalid = No se ha podido generar el fichero SEPA: revise la cuenta del programa (BOT_SEPA_DEBTOR_IBAN y BOT_SEPA_DEBTOR_BIC) y los datos bancarios de los creadores. No se ha marcado ninguna solicitud como pagada.
console-sepa-none = Seleccione al menos una solicitud para el fichero SEPA.
console-sepa-not-eligible = La solicitud n.º { $id } no puede ir en un fichero SEPA: solo pueden ir las solicitudes abiertas en euros a una cuenta bancaria.
console-payout-paid = La solicitud n.º { $id } está marcada como pagada; se ha avisado al creador.
console-payout-rejected = La solicitud n.º { $id } se ha rechazado; el dinero vuelve a estar disponible para el creador.
console-payout-refused =
    { $reason ->
        [not_found] No existe esa solicitud de cobro.
        [already_paid] Esta solicitud ya se ha pagado o resuelto.
        [already_rejected] Esta solicitud se rechazó: no se puede pagar ni volver a rechazar.
        [reference_used] Esta referencia ya se ha usado para otro cobro; cada cobro tiene la suya.
        [insufficient_balance] El saldo confirmado del creador es ahora inferior a la solicitud (se anularon ventas): rechácela indicando un motivo.
        [bad_reference] Una referencia tiene de 1 a 64 caracteres imprimibles.
        [bad_reason] Un motivo tiene de 1 a 500 caracteres.
       *[other] No se ha podido registrar el cobro.
    }

## Difusiones

console-broadcast-new = Nueva difusión
console-broadcast-texts = Textos
console-broadcast-fallback = Sin texto propio, los lectores de este idioma reciben el texto en
console-broadcast-button = Botón con enlace
console-broadcast-recipients = Destinatarios
console-registered-since = Registrados desde
console-active-since = Activos desde
console-send-at = Enviar el (UTC)
console-broadcast-count = Contar los destinatarios y ver la vista previa
console-broadcast-send = Enviar
console-broadcast-no-text = Escriba el texto en al menos un idioma.
console-broadcast-invalid = Con estas opciones no se puede crear la difusión; revise el botón y los idiomas.
console-broadcast-created = La difusión n.º { $id } se ha creado.
console-broadcast-cancelled = La difusión n.º { $id } se ha cancelado; los mensajes que ya están en camino llegarán igualmente.
console-broadcast-title = Difusión n.º { $id }
console-broadcast-cancel = Cancelar la difusión
console-broadcast-state =
    { $state ->
        [scheduled] Programada
        [running] Enviándose
        [cancelled] Cancelada
        [done] Completada
       *[other] { $state }
    }
console-sent = Enviados
console-failed = Fallidos
console-blocked = Han bloqueado el bot
console-skipped = Omitidos
console-unknown = Resultado desconocido
console-cancelled = No enviados (cancelación)
console-remaining = Pendientes
console-cancelled-by = cancelada por { $actor }

## Roles, sesiones y registro de auditoría

console-owners = Propietarios: { $owners }
console-roles-change = Asignar o retirar un rol
console-grant = Asignar
console-revoke = Retirar
console-bad-account = «{ $account }» no es una cuenta. Escríbala como canal:id, por ejemplo telegram:123456789.
console-sessions = Con sesión abierta en la consola
console-signed-in = Acceso
console-last-seen = Última actividad
console-signout-all = Cerrar todas las sesiones de esta cuenta
console-signed-out-account =
    { $count ->
        [0] { $account } no tenía ninguna sesión abierta.
        [one] Se ha cerrado { $count } sesión de { $account }.
        [many] Se han cerrado { $count } sesiones de { $account }.
       *[other] Se han cerrado { $count } sesiones de { $account }.
    }
console-last-days-input = Periodo (días)

## Creadores

console-nav-influencers = Creadores
console-search = Nombre, usuario, cuenta o código de enlace
console-search-short = Los nombres y usuarios se buscan a partir de tres caracteres; un texto más corto solo encuentra cuentas y códigos de enlace.
console-tier = Nivel
console-tier-button = Establecer el nivel
console-tier-invalid = Un nivel tiene de 1 a 16 letras minúsculas, cifras o _.
console-tier-set = El nivel ahora es { $tier }.
console-suspend = Suspender
console-reinstate = Restablecer
console-suspended = Se ha suspendido la participación del creador.
console-reinstated = Se ha restablecido la participación del creador.
console-status-unchanged = No se ha cambiado nada: otra persona ha modificado el estado mientras tanto.
console-balance = Saldo
console-pending = Pendiente
console-confirmed = Confirmado
console-paid = Cobrado
console-links = Enlaces
console-code = Código
console-clicks = Clics
console-orders = Pedidos
console-trail = Notas e historial de auditoría
console-note = Nota interna (solo la ve el equipo)
console-note-button = Añadir la nota
console-note-added = La nota se ha añadido.

## Campañas: las reglas de la línea de comandos (python -m bot campaign add), redactadas para el equipo
console-deeplink = Enlace profundo a una página de producto (opcional)
console-advertiser = Razón social del anunciante (obligatoria para Rusia)
console-advertiser-inn = INN del anunciante (número fiscal ruso, obligatorio para Rusia)
console-erid = Identificador publicitario (erid)
console-campaign-bad-name-long = El nombre puede tener como máximo { $max ->
        [one] { $max } carácter
        [many] { $max } caracteres
       *[other] { $max } caracteres
    }.
console-campaign-bad-url-long = El destino puede tener como máximo { $max ->
        [one] { $max } carácter
        [many] { $max } caracteres
       *[other] { $max } caracteres
    }.
console-campaign-bad-deeplink-long = El enlace profundo puede tener como máximo { $max ->
        [one] { $max } carácter
        [many] { $max } caracteres
       *[other] { $max } caracteres
    }.
console-campaign-bad-deeplink-scheme = El enlace profundo debe ser una dirección que empiece por http:// o https://.
console-campaign-bad-url-host = El destino lleva a { $host }, que no está entre los dominios permitidos ({ $domains }): los enlaces de la campaña nunca podrían redirigir. Añada ese dominio o corrija la dirección.
console-campaign-bad-deeplink-host = El enlace profundo lleva a { $host }, que no está entre los dominios permitidos ({ $domains }): los enlaces de la campaña nunca podrían redirigir. Añada ese dominio o corrija la dirección.
console-campaign-bad-deeplink-page = El enlace profundo debe contener { $placeholder } donde va la dirección de la página del producto.
console-campaign-bad-days-long = La ventana de atribución y el periodo de retención no pueden superar { $max ->
        [one] { $max } día
        [many] { $max } días
       *[other] { $max } días
    }.
console-campaign-bad-country = «{ $country }» no es un código de país de dos letras (por ejemplo, FR).
console-campaign-bad-advertiser = La razón social del anunciante debe tener entre { $min } y { $max ->
        [one] { $max } carácter
        [many] { $max } caracteres
       *[other] { $max } caracteres
    }.
console-campaign-bad-inn = «{ $inn }» no es un INN válido: 10 dígitos para una organización o 12 para una persona física, con los dígitos de control correctos.
console-campaign-bad-erid = El erid debe ser el identificador del registro publicitario: solo letras y cifras, 64 como máximo.
console-campaign-bad-advertiser-needed = Una campaña para { $markets } necesita la razón social y el INN del anunciante: allí el aviso publicitario debe indicarlos.

## Cobros: datos cambiados hace poco (el fraude suele empezar así)
console-payout-details-changed = Los datos de cobro cambiaron el { $when }: confírmelos con el creador antes de pagar.

## Solicitudes de soporte
console-tickets-open = Solicitudes de soporte abiertas
console-tickets = Solicitudes de soporte
console-ticket-subject = Asunto
console-ticket-updated = Última actividad
console-ticket-state =
    { $state ->
        [open] Pendiente del equipo
        [waiting] Pendiente del creador
       *[closed] Cerrada
    }
