# Respuestas a preguntas sobre ganancias hechas con las propias palabras (véase earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Envíe /earnings para ver las cifras de este mes, o pregunte por un periodo («¿cuánto gané en octubre?»).
earnings-balance-none = Todavía no tiene saldo: aún no se ha registrado ninguna comisión. Envíe /links para ver sus enlaces.
earnings-clicks =
    Clics — { $period }
    { $stats }
earnings-campaign =
    Campaña { $campaign } — { $period }

    { $sections }
earnings-cancelled-orders =
    Pedidos cancelados o reembolsados, primero los más recientes:
    { $lines }

    La tienda cancela un pedido cuando se devuelve, se reembolsa o no se paga, y su comisión se retira (en parte si el reembolso es parcial).
earnings-cancelled-line = { DATETIME($date, dateStyle: "medium") }, { $code }: pedido de { $amount }, { $status ->
        [reversed] cancelado
       *[refunded] { $refunded } reembolsados
    } — { $reason }
earnings-cancelled-no-reason = la tienda no indicó el motivo
earnings-cancelled-none = Ninguno de sus pedidos se ha cancelado ni reembolsado.
