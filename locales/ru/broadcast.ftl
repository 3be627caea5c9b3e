# Рассылки: мастер /broadcast, ход отправки и отчёты. Видны только тем, кто делает рассылки,
# кроме подписей кнопок: их каждый получатель видит на своём языке.

broadcast-button-more = Подробнее
broadcast-button-open = Открыть
broadcast-button-shop = К покупкам
broadcast-button-join = Присоединиться

broadcast-usage =
    /broadcast — новая рассылка
    /broadcast status — рассылки, которые идут сейчас
    /broadcast cancel — остановить рассылку
broadcast-no-platform = Рассылки отправляются в Telegram и Discord, но ни одна из этих платформ ещё не подключена к боту.

## 1. Текст, язык за языком

broadcast-language = Давайте подготовим рассылку. На каком языке будет первый текст? Тексты на других языках можно добавить потом.
broadcast-language-more = Текст уже есть: { $written }. Добавьте текст на другом языке или продолжайте.
    .done = Продолжить
broadcast-text =
    Отправьте текст ({ $language }) точно в том виде, в каком его увидят получатели (до 4096 символов, переносы строк сохранятся).
broadcast-fallbacks =
    Каким из остальных языков отправить текст ({ $language })? Отметьте нужные и нажмите «Продолжить». Тем, кто говорит на неотмеченных языках, эта рассылка не придёт.
    .continue = Продолжить

## 2. Кнопка (по желанию)

broadcast-button = Добавить к сообщению кнопку со ссылкой? Её подпись каждый получатель увидит на своём языке.
    .none = Без кнопки
broadcast-url = Отправьте адрес, который откроет кнопка (начинается с https://).

## 3. Кому отправить

broadcast-segment =
    Кому отправить?
    Языки: { $languages }
    Страны: { $countries }
    Платформы: { $platforms }
    Статус заявки: { $statuses }
    Уровни: { $tiers }
    Каналы: { $channels }
    Регистрация: { $registered }
    Последняя активность: { $active }

    Нажмите на строку, чтобы сузить выбор, или посчитайте получателей.
    .languages = Языки
    .countries = Страны
    .platforms = Платформы
    .statuses = Статус
    .tiers = Уровни
    .channels = Каналы
    .registered_since = Регистрация
    .active_since = Активность
    .count = Посчитать получателей
broadcast-segment-any = без ограничений
broadcast-segment-since = с { $date }
broadcast-segment-languages = языки
broadcast-segment-countries = страны
broadcast-segment-platforms = платформы
broadcast-segment-statuses = статусы заявок
broadcast-segment-tiers = уровни
broadcast-segment-channels = каналы
broadcast-choose =
    Выберите { $what } для рассылки (повторное нажатие снимает отметку). Если ничего не выбрано, ограничений нет.
    .back = Назад
broadcast-applicant-approved = Одобрена
broadcast-applicant-pending = На рассмотрении
broadcast-applicant-rejected = Отклонена
broadcast-applicant-suspended = Приостановлена
broadcast-applicant-none = Без заявки
broadcast-registered-since = Только тем, кто зарегистрировался начиная с определённой даты? Отправьте дату (например, 2026-10-01) или число дней (30 — за последние 30 дней).
broadcast-active-since = Только тем, кто пользовался ботом начиная с определённой даты? Отправьте дату (например, 2026-10-01) или число дней (7 — за последние 7 дней).
broadcast-since-invalid = Пожалуйста, отправьте дату, например 2026-10-01, или число дней, например 30.
broadcast-since-future = Эта дата ещё не наступила. Пожалуйста, отправьте прошедшую дату.

## 4. Подсчёт, предпросмотр, подтверждение

broadcast-nobody = Под эти условия никто не подходит. Пожалуйста, расширьте их.
broadcast-audience =
    { $people ->
        [one] Рассылку получит { $people } человек в Telegram
        [few] Рассылку получат { $people } человека в Telegram
        [many] Рассылку получат { $people } человек в Telegram
       *[other] Рассылку получат { $people } человека в Telegram
    }{ $channels ->
        [0] .
        [one] {" "}и { $channels } канал объявлений в Discord.
        [few] {" "}и { $channels } канала объявлений в Discord.
        [many] {" "}и { $channels } каналов объявлений в Discord.
       *[other] {" "}и { $channels } канала объявлений в Discord.
    }{ $blocked ->
        [0] {""}
        [one] {" "}Ещё { $blocked } человек подходит под условия, но заблокировал бота, поэтому будет пропущен.
        [few] {" "}Ещё { $blocked } человека подходят под условия, но заблокировали бота, поэтому будут пропущены.
        [many] {" "}Ещё { $blocked } человек подходят под условия, но заблокировали бота, поэтому будут пропущены.
       *[other] {" "}Ещё { $blocked } человека подходят под условия, но заблокировали бота, поэтому будут пропущены.
    }

    Вот как это будет выглядеть:
broadcast-preview =
    { BLANK($button) ->
        [yes] Для языков: { $languages }

            { $text }
       *[no] Для языков: { $languages }

            { $text }

            Кнопка: «{ $button }»
    }
broadcast-confirm = Отправить?
    .now = Отправить сейчас
    .schedule = Отправить позже
    .edit = Изменить получателей
    .drop = Удалить
broadcast-when = Когда отправить? Укажите дату и время по UTC, например 2026-12-01 18:00.
broadcast-when-invalid = Пожалуйста, укажите дату и время по UTC, например 2026-12-01 18:00.
broadcast-when-past = Это время уже прошло. Пожалуйста, укажите время в будущем (по UTC).
broadcast-dropped = Рассылка удалена, ничего не отправлено.
broadcast-scheduled = Рассылка № { $id } запланирована на { DATETIME($when, dateStyle: "long", timeStyle: "short") } (UTC). Чтобы отменить её, отправьте /broadcast cancel.
broadcast-started =
    { $followed ->
        [yes] Рассылка № { $id } отправляется. Я буду сообщать здесь, как идут дела, и пришлю отчёт, когда всё будет готово. Чтобы остановить её, отправьте /broadcast cancel.
       *[other] Рассылка № { $id } отправляется. Следить за ней можно командой /broadcast status, остановить — командой /broadcast cancel.
    }

## Состояние и отмена

broadcast-status-none = Сейчас нет запланированных или отправляемых рассылок.
broadcast-status-line =
    № { $id } ({ $state ->
        [scheduled] запланирована на { DATETIME($when, dateStyle: "long", timeStyle: "short") } UTC
       *[running] отправляется
    }): отправлено { $sent }, осталось { $remaining }.
broadcast-cancel-none = Сейчас нет запланированных или отправляемых рассылок, отменять нечего.
broadcast-cancel = Какую рассылку остановить? Сообщения, которые уже в пути, всё равно будут доставлены.
    .one = Остановить № { $id }
    .keep = Ничего не останавливать
broadcast-cancel-kept = Ничего не изменилось.
broadcast-cancel-too-late = Рассылка № { $id } уже завершена или отменена.
broadcast-cancelled =
    { $running ->
        [yes] Рассылка № { $id } остановлена. Сообщения, которые уже в пути, будут доставлены; итоговые цифры придут чуть позже.
       *[other] Рассылка № { $id } отменена, ничего не отправлено.
    }

## Ход отправки и итоговый отчёт (сообщение обновляется, затем приходит отчёт)

broadcast-progress =
    Рассылка № { $id } отправляется.
    Отправлено: { $sent } · Ошибки: { $failed } · Заблокировали бота: { $blocked } · Осталось: { $remaining }
    Осталось времени: примерно { $eta }
broadcast-report-done =
    Рассылка № { $id } завершена ({ $took }).
    Отправлено: { $sent } из { $total }
    Ошибки: { $failed }
    Заблокировали бота: { $blocked }
    Пропущено (бот был заблокирован раньше): { $skipped }
    Неизвестно, дошло ли (отправка прервалась): { $unknown }
broadcast-report-cancelled =
    Рассылка № { $id } отменена ({ $took }).
    Отправлено: { $sent } из { $total }
    Не отправлено из-за отмены: { $cancelled }
    Ошибки: { $failed }
    Заблокировали бота: { $blocked }
    Пропущено (бот был заблокирован раньше): { $skipped }
    Неизвестно, дошло ли (отправка прервалась): { $unknown }
