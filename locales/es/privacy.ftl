# Privacidad: /privacy, /export, /delete y consentimiento a una nueva versión de las condiciones.

privacy-notice =
    Sus datos en { $programme }

    Qué guardamos y para qué:
    { $data }

    Plazo de conservación: el registro de sus ganancias y cobros se conserva el tiempo que exige la ley contable, incluso después de que borre sus datos (con un seudónimo). Los mensajes originales del chat se borran pasadas { $updates_hours ->
        [one] { $updates_hours } hora
        [many] { $updates_hours } horas
       *[other] { $updates_hours } horas
    }; el detalle del registro de auditoría, pasados { $audit_days ->
        [one] { $audit_days } día
        [many] { $audit_days } días
       *[other] { $audit_days } días
    }; los mensajes al soporte, pasados { $support_days ->
        [one] { $support_days } día
        [many] { $support_days } días
       *[other] { $support_days } días
    }; todo lo demás, hasta que usted lo borre.

    Sus derechos: /export le envía todos estos datos en un archivo; /delete los borra. Si tiene dudas, escriba a { $support }. Política completa (versión { $version }): { $privacy_url }
privacy-data-profile = • sus cuentas de mensajería y su idioma, para comunicarnos con usted;
privacy-data-application = • su solicitud: nombre, país, redes sociales, audiencia, temática, decisiones y preguntas de la revisión, para gestionar el programa;
privacy-data-links = • sus enlaces de seguimiento y cuántos clics han recibido, para atribuirle sus ventas;
privacy-data-orders = • los pedidos que la tienda ha comunicado para sus enlaces, para calcular sus comisiones;
privacy-data-ledger = • el registro de sus ganancias y sus saldos, para la contabilidad;
privacy-data-payouts = • sus datos de cobro y sus solicitudes de cobro, para pagarle;
privacy-data-support = • sus consultas al soporte y sus mensajes, para ayudarle;
privacy-data-consents = • sus consentimientos a las condiciones, con sus versiones y fechas;
privacy-data-messages = • los mensajes pendientes de enviarle y el estado de nuestra conversación;
privacy-data-audit = • las acciones del equipo sobre su solicitud y sus cobros, para rendir cuentas.
privacy-export-ready = Aquí tiene todo lo que guardamos sobre usted, en un archivo JSON. Los datos de cobro aparecen enmascarados; no se incluye nada de otras personas.
privacy-delete-confirm =
    ¿Borrar sus datos? Se borrarán su solicitud, sus redes, sus enlaces, sus datos de cobro, sus mensajes y sus consultas al soporte, y se cancelará cualquier solicitud de cobro abierta. El registro de sus ganancias se conserva con un seudónimo, como exige la ley contable. No se puede deshacer.
    .delete = Sí, borrar mis datos
    .keep = No, conservarlos
privacy-delete-kept = De acuerdo, no se ha borrado nada.
privacy-deleted = Sus datos se han borrado. Si vuelve a escribirme, empezará de cero. Gracias por haber formado parte del programa.
privacy-consent-renew =
    Nuestras condiciones o nuestra política de privacidad han cambiado desde que las aceptó. Lea la nueva versión antes de continuar.

    Condiciones del programa: { $terms_url }
    Política de privacidad: { $privacy_url }
    (versión { $version })

    ¿Acepta las nuevas condiciones y la política de privacidad?
    .accept = Acepto
    .decline = No, gracias
privacy-consent-thanks = Gracias, su consentimiento ha quedado registrado.
privacy-consent-declined = Entendido. Sin su consentimiento a las nuevas condiciones no puedo continuar. Puede seguir consultando /privacy, obtener sus datos con /export o borrarlos con /delete. Si tiene dudas, escriba a { $support }.
command-privacy = Qué datos guardamos y para qué
command-export = Recibir todos sus datos en un archivo
command-delete = Borrar sus datos
discord-command-privacy = privacidad
discord-command-export = exportar
discord-command-delete = borrar
