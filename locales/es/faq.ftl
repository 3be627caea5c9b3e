# Respuestas a preguntas frecuentes (/faq, o una pregunta con sus propias palabras; vea faq-phrases.ftl).

command-faq = Respuestas a preguntas frecuentes
discord-command-faq = preguntas
faq-menu = ¿Qué desea saber? Elija un tema; también puede escribir directamente su pregunta.
faq-topic =
    { $topic ->
        [programme] Cómo funciona el programa
        [commission] Comisión y niveles
        [attribution] Seguimiento y cookies
        [holding] Periodo de retención
        [payouts] Cobros y mínimo
        [disclosure] Señalar la publicidad
        [content] Contenido permitido
       *[contact] Hablar con una persona
    }
faq-answer-programme =
    Cómo funciona { $programme }:
    1. Presente su solicitud con /start; revisamos las solicitudes en pocos días.
    2. Una vez aprobada su solicitud, /link le da enlaces de seguimiento a los productos de nuestras campañas.
    3. Cuando alguien compra a través de su enlace, la venta se registra y usted gana una comisión, visible en /earnings.
    4. Tras el periodo de retención, la comisión se confirma y /payout se la envía.
faq-answer-commission =
    Su comisión es un porcentaje del importe de cada pedido. La tarifa depende de la campaña y de su nivel, y cada venta conserva la tarifa con la que se registró.
    Su nivel sube con el número de ventas confirmadas: { $tiers }. /earnings muestra su nivel y su comisión.
faq-answer-attribution =
    Una venta cuenta para usted cuando el comprador hizo clic en su enlace y luego pidió dentro de la ventana de atribución de la campaña (normalmente 30 días), en el mismo dispositivo y navegador: la tienda reconoce el clic mediante una cookie.
    Puede que una venta no se le atribuya si el comprador bloquea las cookies, pide en otro dispositivo, hace clic después en el enlace de otro socio o pidió antes de hacer clic.
faq-answer-holding =
    Una venta nueva queda pendiente durante el periodo de retención (normalmente 14 días después del pedido, el plazo de devolución de la tienda). Los pedidos cancelados o reembolsados se descuentan; los demás se confirman y pasan a su saldo disponible.
    /earnings muestra cuándo podrá confirmarse su comisión pendiente.
faq-answer-payouts =
    Puede solicitar un cobro con /payout en cuanto su saldo confirmado alcance el mínimo fijado para su moneda ({ $minimum }). Allí mismo elige cómo cobrar, entre los métodos disponibles en su país (transferencia bancaria, PayPal, tarjeta bancaria, SBP o BLIK, según el país). Pagamos tras revisar la solicitud, y usted recibe un mensaje con la referencia del cobro.
faq-answer-disclosure =
    Señale siempre sus publicaciones como publicidad, tal como exige la ley de su mercado:
    • Francia: «Publicité» o «Collaboration commerciale»
    • España: «Publicidad»
    • Polonia: «#reklama»
    • Rusia: «Реклама» con el nombre del anunciante
    Ponga la indicación al principio de la publicación, bien visible, no entre otros hashtags. /link le da la fórmula correcta con cada enlace.
faq-answer-content =
    Se admiten: sus reseñas sinceras, unboxings, pruebas, comparativas y tutoriales, con sus propias fotos y vídeos.
    No se admiten: afirmaciones falsas o exageradas, descuentos inventados, spam en comentarios o mensajes privados, anuncios con el nombre de marca de la tienda en buscadores y el contenido de otras personas sin su permiso. El incumplimiento de estas normas puede conllevar la suspensión de su participación.
faq-answer-contact = Para preguntar a una persona de nuestro equipo, envíe /support y describa su pregunta: la respuesta llegará aquí, en este chat. También puede escribir a { $contact }.
faq-helpful = ¿Le ha servido esta respuesta?
    .yes = Sí, gracias
    .no = No
    .check = Comprobar una de mis ventas
faq-glad = ¡Nos alegra haberle ayudado! Envíe /faq para ver otros temas.
faq-offer-person = Lo sentimos. Una persona de nuestro equipo puede ayudarle.
    .ask = Hablar con una persona

# «¿Por qué no se registró mi venta?»: la comprobación guiada de un día (desde /support y la respuesta sobre el seguimiento).
salecheck-not-influencer = Esta comprobación revisa sus enlaces y pedidos, así que es para creadores aprobados. Envíe /support para preguntar a una persona de nuestro equipo.
salecheck-day = ¿Qué día se hizo el pedido? Por ejemplo: hoy, ayer, 3 de noviembre o 2026-11-03.
salecheck-day-unclear = No he reconocido una fecha en su mensaje. Escríbala así, por ejemplo: ayer, 3 de noviembre o 2026-11-03.
salecheck-day-future = Ese día aún no ha llegado. ¿Qué día se hizo el pedido?
salecheck-no-links = Todavía no tiene ningún enlace de seguimiento, así que no se le puede atribuir ninguna venta. Cree uno con /link y compártalo.
salecheck-paused = La campaña «{ $campaign }» está en pausa: sus enlaces no llevan a la tienda y por ahora no registran ventas.
salecheck-ended = La campaña «{ $campaign }» terminó antes de ese día: las ventas posteriores a su fin no se atribuyen.
salecheck-not-started = La campaña «{ $campaign }» aún no había empezado ese día.
salecheck-pending = Vemos su pedido del { $date }: está pendiente y podrá confirmarse a partir del { $until }, tras el plazo de devolución de la tienda.
salecheck-confirmed = Vemos su pedido del { $date } y está confirmado: ya figura en su saldo (/earnings).
salecheck-reversed = Vemos un pedido del { $date }, pero la tienda lo canceló o lo reembolsó, así que no genera comisión.
salecheck-outside-window = Vemos un pedido del { $date }, pero se hizo después de cerrarse la ventana de atribución de la campaña para ese clic, así que no genera comisión.
salecheck-before-click = Vemos un pedido del { $date } hecho antes del clic en su enlace: solo cuentan los pedidos hechos después de un clic.
salecheck-clicks-no-order =
    { $clicks ->
        [one] Vemos { $clicks } clic en sus enlaces el { $date } o los días anteriores, pero la tienda no ha informado de ningún pedido de ese día. Las tiendas informan de los pedidos en pocos días; un pedido hecho en otro dispositivo o navegador, o con las cookies bloqueadas, no puede vincularse con usted.
        [many] Vemos { $clicks } clics en sus enlaces el { $date } o los días anteriores, pero la tienda no ha informado de ningún pedido de ese día. Las tiendas informan de los pedidos en pocos días; un pedido hecho en otro dispositivo o navegador, o con las cookies bloqueadas, no puede vincularse con usted.
       *[other] Vemos { $clicks } clics en sus enlaces el { $date } o los días anteriores, pero la tienda no ha informado de ningún pedido de ese día. Las tiendas informan de los pedidos en pocos días; un pedido hecho en otro dispositivo o navegador, o con las cookies bloqueadas, no puede vincularse con usted.
    }
salecheck-no-click = No vemos ningún clic en sus enlaces el { $date } ni en la ventana de atribución anterior. Puede que el comprador abriera la tienda sin su enlace, en otro dispositivo o en una aplicación que pierde el enlace.
salecheck-offer-person = Si esto no explica lo ocurrido, una persona de nuestro equipo puede revisarlo.
