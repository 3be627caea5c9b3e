# Vinculación de las cuentas de una persona en dos plataformas con un código de un solo uso: /connect.

connect-code =
    Su código de un solo uso: { $code }

    Para vincular a esta cuenta su cuenta en la otra plataforma (Telegram o Discord), envíeme /connect { $code } desde esa cuenta en un plazo de { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }. A partir de entonces, ambas cuentas compartirán la misma solicitud, las mismas ganancias y los mismos mensajes. No comparta este código con nadie.
connect-linked = Listo: esta cuenta ya está vinculada a su cuenta de { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] la consola
    }. Ambas muestran la misma solicitud; envíe /status para consultarla.
connect-code-wrong = Ese código no es válido. Compruébelo o envíe /connect desde su otra cuenta para obtener uno nuevo.
connect-code-used = Ese código ya se ha utilizado. Envíe /connect desde su otra cuenta para obtener uno nuevo.
connect-code-expired = Ese código ha caducado. Envíe /connect desde su otra cuenta para obtener uno nuevo.
connect-own-code = Este código se generó para esta misma cuenta. Introdúzcalo desde su cuenta en la otra plataforma.
connect-already-linked = Esta cuenta ya está vinculada a la que generó el código, así que no hay nada que hacer.
connect-same-channel = Este código también se generó en { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] la consola
    }. Un código vincula cuentas de dos plataformas distintas: introdúzcalo desde su cuenta en la otra plataforma.
connect-channel-taken = La cuenta que generó este código ya está vinculada a otra cuenta de { $channel ->
        [telegram] Telegram
        [discord] Discord
       *[other] la consola
    }. Solo se puede vincular una cuenta por plataforma; para sustituirla, escriba al equipo de soporte (encontrará el contacto en /help).
connect-has-application = Esta cuenta ya tiene su propia solicitud, así que no se puede vincular a otra: aquí no es posible fusionar dos solicitudes. Si necesita unificarlas, escriba al equipo de soporte (encontrará el contacto en /help).
connect-too-many = Demasiados códigos incorrectos. Vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }.

command-connect = Vincular sus cuentas de Telegram y Discord
discord-command-connect = vincular
discord-option-connect-code = El código obtenido en su otra cuenta, si lo tiene
