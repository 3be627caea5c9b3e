### Cómo reconoce el bot las preguntas sobre ganancias escritas con las propias palabras de cada
### persona («¿cuánto gané en octubre?», «¿qué está pendiente?»). Nadie ve estas líneas: cada
### mensaje es una lista de palabras y frases separadas por comas. Añada las formas en que la gente
### pregunta de verdad, también las coloquiales.
###   - Mayúsculas y tildes no importan: «cuanto» encuentra «cuánto».
###   - Una palabra que termina en * vale por todas las que empiezan así: gan* = gané, ganado, ganancias.
###   - # representa un número: «últimos # días».
###   - Las palabras de una frase deben ir seguidas, tal como están escritas; gana la frase más larga.
### Los ejemplos que el bot debe entender están en tests/earnings/test_questions.py.

## De qué trata el mensaje

# Palabras que por sí solas hacen de un mensaje una pregunta sobre ganancias.
earnings-phrases-about = ganancias, ganancia, ganacias, ingreso*, comision*, estadistica*, facturacion, beneficio*
# Palabras sobre ganancias que necesitan al lado una palabra interrogativa o un periodo («¿qué gané hoy?»).
earnings-phrases-earn = gan*, generad*, pedido*, venta*, vendi*, vendid*, dinero, plata, pasta, saque, saco, sacado, llevo, llevas, llevamos, hice, hecho
# Palabras interrogativas.
earnings-phrases-ask = que, q, k, cual, cuales, muestra*, muestrame, ensena*, dime, ver, mira
# Preguntar una cantidad: junto a un periodo basta sola («¿cuánto ayer?»).
earnings-phrases-how-much = cuanto, cuanta, cuantos, cuantas, cuanto llevo, cnto, cuamto
# Solo el saldo («¿cuál es mi saldo?»): pendiente, confirmado, cobrado; no un periodo.
earnings-phrases-balance = saldo, balance, mi saldo
# Los clics en los enlaces.
earnings-phrases-clicks = clic, clics, click*, visita*
# Preguntar por qué («¿por qué se canceló mi pedido?»).
earnings-phrases-why = por que, porque, xq, pq, motivo, razon, por que motivo
# Los pedidos que la tienda canceló o reembolsó.
earnings-phrases-cancelled = cancel*, anulad*, anulo, anularon, devuel*, devolucion*, reembols*
# Lo que aún espera confirmación.
earnings-phrases-pending = pendiente*, en espera, sin confirmar, por confirmar, no confirmad*, retenid*, bloquead*, en revision
# Cobrar.
earnings-phrases-payout = pago*, pagar*, pagan, pagaran, pagara, pagad*, pagais, pagas, paga, cobr*, retir*, transferencia*, abono*, abonar*, ingresais, ingresan
# «Cuándo» (con una palabra sobre el pago o las ganancias: «¿cuándo me pagan?»).
earnings-phrases-when = cuando, cuadno, qndo, en cuanto tiempo, que dia, que fecha, para cuando, cuanto falta, proximo cobro, proximo pago

## Periodos

earnings-phrases-today = hoy, oy, el dia de hoy, en el dia de hoy
earnings-phrases-yesterday = ayer, ayr, aller
# La semana empieza el lunes.
earnings-phrases-this-week = esta semana, semana actual, en lo que va de semana
earnings-phrases-last-week = la semana pasada, semana pasada, semana anterior
# «La última semana»: los últimos 7 días.
earnings-phrases-past-week = la ultima semana, ultima semana
earnings-phrases-last-days = ultimos # dias, # ultimos dias, ultimo # dia, ultimos # dia
earnings-phrases-this-month = este mes, mes actual, en lo que va de mes, lo que va del mes, lo que va de mes, desde principios de mes, desde principio de mes
earnings-phrases-last-month = el mes pasado, mes pasado, mes anterior
# «El último mes»: los últimos 30 días.
earnings-phrases-past-month = el ultimo mes, ultimo mes
earnings-phrases-this-year = este ano, ano actual, en lo que va de ano, lo que va del ano, lo que va de ano, desde principios de ano
earnings-phrases-last-year = el ano pasado, ano pasado, ano anterior
earnings-phrases-all-time = en total, desde que empece, hasta ahora, hasta la fecha, de siempre, historico, en todo este tiempo
# Delante de una fecha o un periodo: desde entonces hasta hoy («desde el 3 de octubre», «desde ayer»).
earnings-phrases-since = desde, a partir de, a partir del
# Delante de una fecha: desde ese día. Delante de un periodo no cambia nada.
earnings-phrases-from = contando desde
# «Desde el principio»: todo; ante una fecha, desde su primer día («desde el principio de marzo»).
earnings-phrases-since-start = desde el principio, desde el inicio, desde el comienzo
# «Principios de» entre «desde» y una fecha («desde principios de marzo»).
earnings-phrases-start-of = principios de, principio de, inicios de, inicio de, comienzos de, el principio de, el inicio de
# «Primero» como día del mes («desde el primero de octubre»).
earnings-phrases-first-day = primero, 1o, 1ro
# Periodos por los que el bot no sabe responder, y palabras que recortan un periodo o excluyen una
# parte («hasta», «excepto hoy»): ante ellos muestra ejemplos en vez de adivinar.
earnings-phrases-other-periods = dia, dias, semana, semanas, mes, meses, ano, anos, trimestre*, fin de semana, finde, lunes, martes, miercoles, jueves, viernes, sabado, domingo, navidad, vacaciones, verano, invierno, primavera, otono, manana, tarde, noche, hora*, hace, entre, hasta, antes, despues, excepto, salvo, menos, sin, sin contar, aparte de, quitando

## Fechas

# Los meses, en todas las formas en que se escriben.
earnings-phrases-month-1 = enero, ene
earnings-phrases-month-2 = febrero, feb
earnings-phrases-month-3 = marzo
earnings-phrases-month-4 = abril, abr
earnings-phrases-month-5 = mayo
earnings-phrases-month-6 = junio
earnings-phrases-month-7 = julio
earnings-phrases-month-8 = agosto, ago
earnings-phrases-month-9 = septiembre, setiembre, sept
earnings-phrases-month-10 = octubre, oct
earnings-phrases-month-11 = noviembre, nov
earnings-phrases-month-12 = diciembre, dic
# Palabras junto a un año («del año 2025»).
earnings-phrases-year-words = ano, del ano, el ano
# Palabras junto a un mes («el mes de octubre»); solas no nombran ningún mes.
earnings-phrases-month-words = mes, el mes
# Palabras pequeñas dentro de una fecha («el 1 de octubre»).
earnings-phrases-date-words = el, de, del, dia, o

## Repreguntas

# Las únicas palabras que pueden acompañar a un periodo dicho solo, tras una respuesta
# («¿y ayer?», «¿y en septiembre?»). Solo palabras pequeñas: «¿qué tal hoy?» no es una pregunta.
earnings-phrases-follow-up = y, en, para, y para, y en, entonces, tambien, ahora, por favor, hola, buenas, buenos dias, gracias, porfa, xfa
