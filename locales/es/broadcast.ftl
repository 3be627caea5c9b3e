# Difusiones: el asistente /broadcast, el progreso y los informes. Solo para quienes difunden,
# salvo las etiquetas de los botones, que cada destinatario recibe en su idioma.

broadcast-button-more = Más información
broadcast-button-open = Abrir
broadcast-button-shop = Comprar ahora
broadcast-button-join = Unirse
