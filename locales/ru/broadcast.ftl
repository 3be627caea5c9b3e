# Рассылки: мастер /broadcast, ход отправки и отчёты. Видны только тем, кто делает рассылки,
# кроме подписей кнопок: их получает каждый адресат на своём языке.

broadcast-button-more = Подробнее
broadcast-button-open = Открыть
broadcast-button-shop = К покупкам
broadcast-button-join = Присоединиться
