# Enlaces de seguimiento: /link, /links y la indicación que exige una publicación publicitaria.

links-not-registered = Todavía no participa en el programa. Envíe /start para presentar su solicitud; cuando se apruebe, podrá crear sus enlaces aquí.
links-not-approved-pending = Su solicitud aún está en revisión. Podrá crear enlaces en cuanto se apruebe; se lo haré saber.
links-not-approved-rejected = Los enlaces son para los miembros aprobados del programa, y su solicitud no fue aprobada.
links-not-approved-suspended = Su participación está suspendida, por lo que de momento no puede crear enlaces nuevos.
links-no-campaigns = Ahora mismo no hay campañas abiertas para su país. Se lo haré saber cuando empiece alguna.
links-choose = { BLANK($domains) ->
        [yes] ¿Para qué campaña es el enlace? Elija abajo.
       *[no] ¿Para qué campaña es el enlace? Elija abajo o pegue el enlace de una página de producto en { $domains }.
    }
links-created =
    Su enlace para { $campaign }:
    { $url }

    Ponga esta indicación al principio de su publicación:
    { $disclosure }
links-disclosure = Publicidad — en colaboración con { $advertiser }
links-none = Todavía no tiene enlaces. Envíe /link para crear uno.
links-list =
    { $count ->
        [one] Su enlace más reciente:
        [many] Sus { $count } enlaces más recientes:
       *[other] Sus { $count } enlaces más recientes:
    }
links-item =
    { $labelled ->
        [yes] { $label } — { $campaign }: { $url }
       *[other] { $campaign }: { $url }
    }
    Lleva a: { $destination }
    { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    }, { $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    }, comisión: { $commission }
    .label = Poner un nombre
links-to-campaign = la página de la campaña
links-which-campaign = Esta página forma parte de varias campañas. ¿Para cuál debe contar el enlace?
links-existing =
    Ya tiene un enlace a esta página para { $campaign }:
    { $url }

    Ponga esta indicación al principio de su publicación:
    { $disclosure }
links-disclosure-registered = Publicidad. Anunciante: { $advertiser }, INN { $inn }{ $erid ->
        [none] { "" }
       *[other] . erid: { $erid }
    }
links-label-ask = Envíe un nombre para este enlace, de 40 caracteres como máximo (por ejemplo, dónde lo publicó), para distinguir sus enlaces en /links.
    .clear = Quitar el nombre
links-label-saved = Nombre guardado: «{ $label }». Lo verá en /links.
links-label-cleared = Se ha quitado el nombre.
command-link = Crear un enlace de seguimiento
command-links = Sus enlaces y sus resultados
discord-command-link = enlace
discord-command-links = enlaces

## /invite: invitar a otros creadores.

invite-link =
    Su enlace de invitación personal:
    { $link }

    Los creadores que se inscriban a través de él se le atribuyen a usted. Hasta ahora, { $registered ->
        [one] { $registered } registro
        [many] { $registered } registros
       *[other] { $registered } registros
    }, { $approved ->
        [one] { $approved } aprobado
        [many] { $approved } aprobados
       *[other] { $approved } aprobados
    }.{ $bonus ->
        [yes] { " " }Cuando una persona invitada por usted haga su primera venta confirmada, recibirá una bonificación.
       *[other] { "" }
    }
invite-code =
    Su código de invitación personal: { $code }
    Los creadores lo introducen con /start al presentar su solicitud. Hasta ahora, { $registered ->
        [one] { $registered } registro
        [many] { $registered } registros
       *[other] { $registered } registros
    }, { $approved ->
        [one] { $approved } aprobado
        [many] { $approved } aprobados
       *[other] { $approved } aprobados
    }.{ $bonus ->
        [yes] { " " }Cuando una persona invitada por usted haga su primera venta confirmada, recibirá una bonificación.
       *[other] { "" }
    }
command-invite = Invitar a otros creadores
discord-command-invite = invitar

## Notificaciones de ventas.

sale-new = Nueva venta: +{ $amount } de comisión, pendiente hasta el { $until }.
sale-new-confirmed = Nueva venta: +{ $amount } de comisión, ya confirmada.
