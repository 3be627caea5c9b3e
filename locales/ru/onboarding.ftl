# Регистрация блогера шаг за шагом и статус заявки.

onboarding-language =
    Здравствуйте! Я помощник программы { $programme } и помогу вам присоединиться к ней за несколько простых шагов.

    Общаться будем на русском. Если вам удобнее другой язык, выберите его ниже.
onboarding-consent =
    Прежде чем начать: чтобы рассмотреть вашу заявку, мы храним ваше имя, страну, каналы в соцсетях, размер аудитории и аккаунт в мессенджере, с которого вы пишете.

    Условия программы: { $terms_url }
    Политика конфиденциальности: { $privacy_url }
    (версия { $version })

    Вы принимаете условия программы и политику конфиденциальности?
    .accept = Принимаю
    .decline = Нет, спасибо
onboarding-declined = Хорошо, никакие данные не сохранены. Если передумаете, отправьте /start.
onboarding-name = Как к вам обращаться? Пожалуйста, напишите ваше имя или творческий псевдоним.
onboarding-country = В какой стране вы живёте? Выберите её ниже или напишите название.
    .other = Другая страна
onboarding-country-code = Пожалуйста, напишите название страны или её двухбуквенный код, например DE или PT.
onboarding-platform = Какая платформа у вас основная?
onboarding-extra-platform = На какой платформе находится ещё один ваш канал?
onboarding-handle =
    { $platform ->
        [instagram] Пожалуйста, отправьте имя пользователя в Instagram (например, @ivan.petrov) или ссылку на профиль.
        [tiktok] Пожалуйста, отправьте имя пользователя в TikTok (например, @ivan.petrov) или ссылку на профиль.
        [youtube] Пожалуйста, отправьте псевдоним канала на YouTube (например, @IvanPetrov) или ссылку на канал.
        [vk] Пожалуйста, отправьте вашу страницу ВКонтакте: короткое имя или ссылку вида vk.com/ivanpetrov.
        [telegram] Пожалуйста, отправьте адрес Telegram-канала (например, @ivan_petrov) или ссылку вида t.me/ivan_petrov.
        [twitch] Пожалуйста, отправьте имя пользователя на Twitch или ссылку на канал.
       *[other] Пожалуйста, отправьте ссылку на ваш профиль или канал.
    }
onboarding-audience = Сколько подписчиков у { $handle }? Достаточно примерного числа, например 12 500 или 12,5 тыс.
onboarding-niche = Чему в основном посвящён ваш контент?
onboarding-more =
    Хотите добавить ещё каналы? Всего можно указать до { $max ->
        [one] { $max } канала
        [few] { $max } каналов
        [many] { $max } каналов
       *[other] { $max } канала
    }.
    .add = Добавить канал
    .done = Нет, продолжить
onboarding-summary =
    Пожалуйста, проверьте заявку:

    Имя: { $name }
    Страна: { $country }
    Основной канал: { $platform } { $handle }, { $audience ->
        [one] { $audience } подписчик
        [few] { $audience } подписчика
        [many] { $audience } подписчиков
       *[other] { $audience } подписчика
    }
    Тематика: { $niche }
    Другие каналы: { $extra }

    Всё верно?
    .submit = Отправить заявку
    .edit = Изменить данные
onboarding-summary-channel =
    { $platform } { $handle }, { $audience ->
        [one] { $audience } подписчик
        [few] { $audience } подписчика
        [many] { $audience } подписчиков
       *[other] { $audience } подписчика
    }
onboarding-summary-no-extra = нет
onboarding-edit = Что вы хотите изменить?
    .name = Имя
    .country = Страна
    .channel = Основной канал
    .niche = Тематика
    .extras = Другие каналы
    .back = Ничего, вернуться к заявке
onboarding-submitted =
    Спасибо, { $name }! Ваша заявка передана нашей команде.

    Обычно мы рассматриваем заявки в течение { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    }, и как только будет принято решение, я напишу вам здесь. Проверить статус заявки можно в любой момент командой /status.
onboarding-resume = С возвращением! Продолжим с того места, где остановились.

## Соцсети и тематики: на кнопках и в сводке заявки.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-vk = ВКонтакте
platform-telegram = Telegram-канал
platform-twitch = Twitch
platform-other = Другая платформа

niche-fashion = Мода
niche-beauty = Красота
niche-tech = Техника и гаджеты
niche-home = Дом и сад
niche-sport = Спорт и активный отдых
niche-kids = Дети и семья
niche-food = Еда и кулинария
niche-travel = Путешествия
niche-gaming = Видеоигры
niche-other = Другое

## /status

status-none = Вы ещё не подавали заявку. Чтобы принять участие в программе { $programme }, отправьте /start.
status-in-progress = Ваша заявка ещё не заполнена до конца. Давайте продолжим:
status-pending = Ваша заявка от { $submitted } на рассмотрении. Как только будет принято решение, я напишу вам здесь.
status-approved = Ваша заявка одобрена. Добро пожаловать в программу { $programme }!
status-rejected = К сожалению, ваша заявка не одобрена. Если у вас есть вопросы, напишите нам: { $support }.
status-suspended = Ваше участие в программе приостановлено. Пожалуйста, свяжитесь с нами: { $support }.

## Проверки и изменение других каналов.

onboarding-name-no-letters = В имени должна быть хотя бы одна буква: одни эмодзи, цифры или символы не подойдут.
onboarding-handle-number = { $handle } — это действительно имя пользователя? Оно состоит только из цифр; если это была численность аудитории, выберите «Нет» и сначала пришлите имя пользователя.
    .yes = Да, всё верно
    .no = Нет, введу заново
onboarding-channel-duplicate = { $handle } уже есть в вашей заявке. Пришлите другой канал или отправьте /cancel.
onboarding-extras = Какой канал вы хотите изменить или удалить?
    .add = Добавить канал
    .back = Вернуться к заявке
onboarding-extras-none = Других каналов в вашей заявке пока нет.
onboarding-extras-change = Изменить: { $platform } { $handle }
onboarding-extras-remove = Удалить: { $platform } { $handle }
onboarding-extras-removed = Канал { $handle } удалён из заявки.
