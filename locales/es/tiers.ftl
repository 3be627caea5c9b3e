# Niveles del programa según las ventas confirmadas; el más alto es el programa KOL.

tier-name =
    { $tier ->
        [standard] Estándar
        [silver] Plata
        [gold] Oro
        [kol] KOL
       *[other] { $tier }
    }
tier-up =
    ¡Enhorabuena! Con { $sales ->
        [one] { $sales } venta confirmada
        [many] { $sales } ventas confirmadas
       *[other] { $sales } ventas confirmadas
    }, ha alcanzado el nivel { $tier }. Sus nuevas ventas se pagan con las tarifas de este nivel en todas las campañas que las ofrecen.
    Le { $remaining ->
        [one] falta { $remaining } venta confirmada
        [many] faltan { $remaining } ventas confirmadas
       *[other] faltan { $remaining } ventas confirmadas
    } para llegar al nivel { $next }.
tier-up-kol =
    ¡Enhorabuena! Con { $sales ->
        [one] { $sales } venta confirmada
        [many] { $sales } ventas confirmadas
       *[other] { $sales } ventas confirmadas
    }, se ha incorporado al programa { $tier }, nuestro nivel más alto. Sus nuevas ventas se pagan con las tarifas de este nivel en todas las campañas que las ofrecen.
    Su gestor personal es { $manager }: escriba a { $contact } para hablar de campañas y condiciones exclusivas.
tier-up-kol-contact =
    ¡Enhorabuena! Con { $sales ->
        [one] { $sales } venta confirmada
        [many] { $sales } ventas confirmadas
       *[other] { $sales } ventas confirmadas
    }, se ha incorporado al programa { $tier }, nuestro nivel más alto. Sus nuevas ventas se pagan con las tarifas de este nivel en todas las campañas que las ofrecen.
    Un gestor personal se ocupará de usted: escriba a { $contact } para hablar de campañas y condiciones exclusivas.
tier-progress =
    Su nivel: { $tier }, con { $sales ->
        [one] { $sales } venta confirmada
        [many] { $sales } ventas confirmadas
       *[other] { $sales } ventas confirmadas
    }. { $remaining ->
        [one] Le falta { $remaining } venta
        [many] Le faltan { $remaining } ventas
       *[other] Le faltan { $remaining } ventas
    } para llegar al nivel { $next }.
tier-progress-top = Su nivel: { $tier }, el más alto del programa. Su gestor personal: { $contact }.
