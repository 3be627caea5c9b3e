### Cómo reconoce el bot una pregunta sobre uno de los temas de /faq escrita con palabras propias.
### Nadie ve estas líneas: cada mensaje es una lista de palabras y frases separadas por comas.
###   - Las mayúsculas y los acentos no importan; una palabra terminada en * vale por todas las que
###     empiezan así (cookie* = cookie, cookies).
###   - Las palabras de una frase deben ir seguidas como están escritas; gana la frase más larga.
###   - Sea concreto: una palabra corriente suelta tomaría una charla por una pregunta.
###     Las preguntas sobre las propias ganancias las responde antes earnings-phrases.ftl.
### Los ejemplos que cada idioma debe entender están en tests/support_desk/test_faq.py.

faq-phrases-programme = como funciona, como va esto, como funciona el programa, que es este programa, que es el programa, de que va el programa, que es este bot, como empiezo, como empezar, por donde empiezo, como unirme, como me uno, como participar, como ser socio, como hacerme socio, como ser influencer, explicame el programa, expliqueme el programa, que tengo que hacer
faq-phrases-commission = tarifa*, porcentaje*, nivel*, kol, cuanto pagan, cuanto pagais
faq-phrases-attribution = cookie*, atribucion, atribuid*, no se conto, no se ha contado, no contaron, no se registro, no se ha registrado, no me la contaron, seguimiento de ventas, otro dispositivo, otro movil, venta perdida, venta desaparecida, no veo mi venta, no veo la venta
faq-phrases-holding = periodo de retencion, plazo de retencion, retencion, periodo de espera, por que pendiente, por que sigue pendiente, aun no confirmad*, no esta confirmad*, cuando se confirma*, cuando la confirman, plazo de confirmacion, plazo de devolucion
faq-phrases-payouts = pago minimo, retiro minimo, importe minimo, monto minimo, cantidad minima, como me pagan, como cobro, como cobrar, como retirar, metodo* de pago, forma* de pago, paypal, iban, transferencia
faq-phrases-disclosure = indicar publicidad, senalar publicidad, marcar como publicidad, etiquetar como publicidad, poner publicidad, hashtag publi*, hashtag ad, publi en el post, aviso de publicidad, mencion de publicidad, es obligatorio poner publicidad, colaboracion pagada
faq-phrases-content = que contenido, que tipo de contenido, que puedo publicar, puedo publicar, se puede publicar, esta permitido, esta prohibido, contenido permitido, normas de contenido, reglas de contenido, prohibid*, spam
faq-phrases-contact = hablar con alguien, hablar con una persona, hablar con un humano, una persona real, un humano, contactar con soporte, contactar al soporte, contactar con el equipo, contactar con ustedes, atencion al cliente, servicio de atencion, agente, asesor, soporte tecnico
