# Cambios en ventas ya conocidas, agrupados en un mensaje por hora como máximo.

sale-changes =
    Novedades sobre sus ventas:
    { $changes }
sale-change-confirmed = • Pedido { $order }: comisión de { $amount } confirmada, ya disponible para cobro.
sale-change-reversed = • Pedido { $order }: la tienda canceló la venta y se retiró la comisión de { $amount }.
sale-change-refunded = • Pedido { $order }: { $whole ->
        [yes] se reembolsó íntegramente al cliente ({ $refund })
       *[other] se reembolsaron { $refund } al cliente
    }, por lo que su comisión baja { $amount }.
sale-change-amount = • Pedido { $order }: la tienda confirmó un importe de { $total }, por lo que su comisión { $direction ->
        [up] sube
       *[down] baja
    } { $amount }.
sale-changes-more = { $count ->
        [one] …y { $count } cambio más. Envíe /earnings para ver el detalle.
        [many] …y { $count } cambios más. Envíe /earnings para ver el detalle.
       *[other] …y { $count } cambios más. Envíe /earnings para ver el detalle.
    }
sale-change-owed = Se ha retenido una comisión que ya se le había pagado: ahora debe { $amount }. Se descontará de sus próximas ventas confirmadas; hasta entonces no puede solicitar ningún cobro.
