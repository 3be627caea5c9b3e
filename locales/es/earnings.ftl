# Ganancias: /earnings, sus botones y las respuestas a preguntas como «¿cuánto gané en octubre?».
# Los importes se muestran por moneda: nunca se suman monedas distintas.

earnings-not-registered = Todavía no forma parte del programa. Envíe /start para solicitarlo; cuando se apruebe su solicitud y haga sus primeras ventas, sus ganancias aparecerán aquí.
earnings-not-approved-pending = Su solicitud todavía se está revisando. Cuando se apruebe, cree un enlace con /link y sus ganancias aparecerán aquí.
earnings-not-approved-rejected = Las ganancias son para los miembros aprobados del programa, y su solicitud no fue aprobada.
earnings-no-links = Todavía no tiene enlaces. Cree uno con /link: cada clic y cada venta que lleguen por él aparecerán aquí.
earnings-no-sales =
    Todavía no hay ventas. { $clicks ->
        [0] Este mes nadie ha hecho clic todavía en sus enlaces.
        [one] Este mes sus enlaces han recibido { $clicks } clic.
        [many] Este mes sus enlaces han recibido { $clicks } clics.
       *[other] Este mes sus enlaces han recibido { $clicks } clics.
    }
    Comparta sus enlaces (los tiene en /links) con su audiencia: su comisión aparecerá aquí en cuanto alguien haga un pedido.

# $period es earnings-period; $sections son las partes de abajo, una tras otra.
earnings-report =
    Ganancias — { $period }

    { $sections }
earnings-period =
    { $kind ->
        [today] hoy, { $range }
        [yesterday] ayer, { $range }
        [this_week] esta semana, { $range }
        [last_week] la semana pasada, { $range }
        [last_days] { $days ->
            [one] el último día, { $range }
            [many] los últimos { $days } días, { $range }
           *[other] los últimos { $days } días, { $range }
        }
        [this_month] este mes, { $range }
        [last_month] el mes pasado, { $range }
        [this_year] este año, { $range }
        [last_year] el año pasado, { $range }
        [since] desde el { $range }
        [all] desde el principio
       *[other] { $range }
    }
earnings-amount = { $total } ganados: { $pending } pendientes, { $confirmed } confirmados
earnings-amount-none = No hay ganancias en este periodo.
earnings-amount-all = { $total } ganados: { $pending } pendientes, { $confirmed } confirmados, { $paid } cobrados
earnings-stats =
    { $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    } · { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    } · tasa de conversión { NUMBER($rate, style: "percent", maximumFractionDigits: 1) }
earnings-stats-no-clicks =
    { $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    } · sin clics
earnings-cancelled =
    { $count ->
        [one] Se canceló { $count } pedido (sin comisión).
        [many] Se cancelaron { $count } pedidos (sin comisión).
       *[other] Se cancelaron { $count } pedidos (sin comisión).
    }
earnings-glance =
    Resumen:
    Hoy: { $today }
    Últimos 7 días: { $week }
    Este mes: { $month }
    El mes pasado: { $lastMonth }
    Desde el principio: { $all }
earnings-glance-none = nada todavía
earnings-balance =
    Su saldo:
    { $lines }
earnings-balance-pending = Pendiente: { $amount }
earnings-balance-pending-next = Pendiente: { $amount }, primeras confirmaciones a partir del { DATETIME($date, dateStyle: "long") }
earnings-balance-pending-late = Pendiente: { $amount }, a la espera de que la tienda lo confirme
earnings-balance-confirmed = Confirmado: { $amount }
earnings-balance-confirmed-requested = Confirmado: { $amount }, de los que { $requested } están en una solicitud de cobro
earnings-balance-owed = Importe adeudado: { $amount } (comisión ya cobrada y retenida después por un reembolso); se descontará de sus próximas ventas confirmadas
earnings-balance-paid = Cobrado: { $amount }
earnings-tier = Su nivel: { $tier }.
earnings-top =
    Mejores enlaces:
    { $lines }
earnings-top-line =
    { $position }. { $code } ({ $campaign }): { $amounts }, { $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    }, { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    }
earnings-orders =
    Últimos pedidos:
    { $lines }
earnings-order =
    { DATETIME($date, dateStyle: "medium") }, { $code }: pedido de { $amount }, comisión de { $commission } — { $status ->
        [pending] pendiente hasta el { DATETIME($until, dateStyle: "medium") }
        [confirmed] confirmada
        [refunded] reembolsado al cliente
        [partly-refunded] { $refunded } reembolsados al cliente
       *[reversed] pedido cancelado
    }
earnings-button =
    .today = Hoy
    .week = 7 días
    .month = Este mes
    .last-month = Mes pasado
    .all = Desde el principio
    .links = Por enlace
    .back = Volver

## Por enlace

earnings-links =
    Sus enlaces — { $period }

    { $lines }
earnings-links-none = Sus enlaces no tuvieron clics ni pedidos en este periodo.
earnings-links-line =
    { $position }. { $code } ({ $campaign }): { $clicks ->
        [one] { $clicks } clic
        [many] { $clicks } clics
       *[other] { $clicks } clics
    }, { $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    }, { $amounts }
earnings-links-more =
    { $count ->
        [one] …y { $count } enlace más.
        [many] …y { $count } enlaces más.
       *[other] …y { $count } enlaces más.
    }
earnings-link =
    Enlace { $code } ({ $campaign }) — { $period }
    { $url }

    { $sections }
earnings-link-nothing = sin comisión

## Preguntas con sus propias palabras

earnings-pending =
    Comisión pendiente, según la fecha en que puede confirmarse:
    { $lines }
    La tienda confirma un pedido cuando termina su plazo de devolución; a partir de entonces puede cobrar la comisión.
earnings-pending-line =
    { DATETIME($date, dateStyle: "long") }: { $amount } ({ $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    })
earnings-pending-late-line =
    A la espera de que la tienda confirme: { $amount } ({ $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    })
earnings-pending-later =
    Más adelante: { $amount } ({ $orders ->
        [one] { $orders } pedido
        [many] { $orders } pedidos
       *[other] { $orders } pedidos
    })
earnings-pending-none = Ahora no hay nada pendiente: toda su comisión está confirmada. Envíe /earnings para ver su saldo.
earnings-payout =
    { $lines }
    Solo se puede cobrar la comisión confirmada: la tienda confirma un pedido cuando termina su plazo de devolución.
earnings-payout-ready = Tiene { $amount } de comisión confirmada y disponible: envíe /payout para solicitar el cobro.
earnings-payout-short = Tiene { $available } de comisión confirmada y disponible. Los cobros son posibles a partir de { $minimum }, así que faltan { $missing }.
earnings-payout-eta = Si sus pedidos pendientes se confirman según lo previsto, alcanzará esa cifra el { DATETIME($date, dateStyle: "long") }.
earnings-payout-eta-shop = Sus pedidos pendientes bastarán en cuanto la tienda los confirme.
earnings-payout-requested = Su solicitud de cobro de { $amount } del { DATETIME($date, dateStyle: "long") } se está tramitando.
earnings-payout-none = Ahora mismo no hay comisión confirmada que cobrar. La comisión queda confirmada cuando la tienda confirma el pedido; pregunte «¿qué está pendiente?» para saber cuándo.
earnings-examples =
    No consigo saber a qué periodo se refiere. Puede preguntar, por ejemplo:
    • ¿cuánto gané hoy?
    • ¿cuánto gané en octubre?
    • mis ganancias de la semana pasada
    • ganancias desde el 1 de octubre
    • ¿qué está pendiente?
    • ¿cuándo me pagan?
    O envíe /earnings.
earnings-future = Ese periodo todavía no ha empezado, así que no hay nada que mostrar. Pregunte por hoy o por un periodo anterior, o envíe /earnings.

## Menús de comandos

command-earnings = Sus ganancias, clics y pedidos
discord-command-earnings = ganancias
