# Respuestas a preguntas sobre ganancias hechas con las propias palabras (véase earnings-phrases.ftl).

earnings-balance-only =
    { $balance }

    Envíe /earnings para ver las cifras de este mes, o pregunte por un periodo («¿cuánto gané en octubre?»).
earnings-balance-none = Todavía no tiene saldo: aún no se ha registrado ninguna comisión. Envíe /links para ver sus enlaces.
