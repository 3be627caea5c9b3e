"""FAQ: /faq with topic buttons, and the same answers to questions typed in one's own words, in
every language; ordinary chat is not taken for a question, and earnings questions still get the
earnings answer. "Did this help?" -> "no" offers a person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.services.faq import TOPICS, topic_of
from tests.support import LOCALES, Chat, normalise

# At least 20 ways of asking per language, each with the topic it is about.
PHRASINGS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("How does it work?", "programme"),
        ("how does this program work", "programme"),
        ("What is this programme about?", "programme"),
        ("How do I get started??", "programme"),
        ("how can I join", "programme"),
        ("Which rate does the gold tier have?", "commission"),
        ("How big is the percentage per order?", "commission"),
        ("How do tiers work?", "commission"),
        ("How do cookies work here?", "attribution"),
        ("My friend bought through my link but it wasn't tracked", "attribution"),
        ("what if they buy on another device", "attribution"),
        ("How long is the holding period?", "holding"),
        ("why is my sale still pending", "holding"),
        ("Minimum amount to cash out?", "payouts"),
        ("Can you pay me via PayPal?", "payouts"),
        ("Do I need to mark my posts as ads?", "disclosure"),
        ("how do I disclose sponsored content", "disclosure"),
        ("What content is allowed?", "content"),
        ("can I post on TikTok and YouTube both", "content"),
        ("Is it allowed to use coupons in my videos?", "content"),
        ("I want to talk to a human", "contact"),
        ("How can I contact support?", "contact"),
        ("IS THERE A REAL PERSON HERE", "contact"),
    ],
    "ru": [
        ("Как это работает?", "programme"),
        ("что это за программа вообще", "programme"),
        ("С чего начать?", "programme"),
        ("kak stat partnerom", "programme"),
        ("Какая ставка на уровне gold?", "commission"),
        ("Сколько процентов у уровня silver?", "commission"),
        ("как повысить уровень", "commission"),
        ("Как работают куки?", "attribution"),
        ("Подруга перешла по ссылке, но ничего не засчиталось", "attribution"),
        ("а если купят с другого телефона", "attribution"),
        ("Какой период удержания?", "holding"),
        ("почему так долго нет подтверждения", "holding"),
        ("Зачем нужен период удержания?", "holding"),
        ("Минимальная сумма для вывода?", "payouts"),
        ("Можно получать на PayPal?", "payouts"),
        ("Нужна ли маркировка рекламы?", "disclosure"),
        ("как пометить пост как рекламу", "disclosure"),
        ("Какой контент можно публиковать?", "content"),
        ("можно ли постить в TikTok", "content"),
        ("Хочу поговорить с живым человеком", "contact"),
        ("Как связаться с поддержкой?", "contact"),
        ("ОПЕРАТОР!!!", "contact"),
    ],
    "fr": [
        ("Comment ça marche ?", "programme"),
        ("c'est quoi ce programme exactement", "programme"),
        ("Par où commencer ?", "programme"),
        ("comment devenir partenaire", "programme"),
        ("Quel est le taux pour le niveau gold ?", "commission"),
        ("Combien de pourcentage pour le niveau silver ?", "commission"),
        ("comment passer au palier suivant", "commission"),
        ("Comment marchent les cookies ?", "attribution"),
        ("Mon amie a cliqué sur le lien mais rien n'a été pris en compte", "attribution"),
        ("et si elle achète sur un autre appareil", "attribution"),
        ("Quelle est la période de rétention ?", "holding"),
        ("pourquoi toujours en attente depuis 10 jours", "holding"),
        ("Quel est le délai de confirmation ?", "holding"),
        ("Montant minimum pour encaisser ?", "payouts"),
        ("Vous payez par PayPal ?", "payouts"),
        ("Faut-il une mention publicité sur mes posts ?", "disclosure"),
        ("comment indiquer une collaboration commerciale", "disclosure"),
        ("Quel type de contenu est accepté ?", "content"),
        ("est-ce que je peux publier sur TikTok", "content"),
        ("Je veux parler à une vraie personne", "contact"),
        ("Comment contacter le support ?", "contact"),
        ("SERVICE CLIENT SVP", "contact"),
    ],
    "es": [
        ("¿Cómo funciona?", "programme"),
        ("¿De qué va el programa?", "programme"),
        ("¿Por dónde empiezo?", "programme"),
        ("como hacerme socio", "programme"),
        ("¿Qué tarifa tiene el nivel gold?", "commission"),
        ("¿Qué porcentaje se lleva un socio?", "commission"),
        ("como subir de nivel", "commission"),
        ("¿Cómo funcionan las cookies?", "attribution"),
        ("Mi amiga hizo clic en el enlace pero no se registró nada", "attribution"),
        ("y si lo pide desde otro dispositivo", "attribution"),
        ("¿Cuál es el periodo de retención?", "holding"),
        ("¿Por qué tarda tanto la retención?", "holding"),
        ("¿Cuál es el plazo de confirmación?", "holding"),
        ("¿Importe mínimo para cobrar?", "payouts"),
        ("¿Pagan por PayPal?", "payouts"),
        ("¿Tengo que marcar como publicidad mis posts?", "disclosure"),
        ("es obligatorio poner publicidad en instagram", "disclosure"),
        ("¿Qué tipo de contenido está permitido?", "content"),
        ("puedo publicar en TikTok también", "content"),
        ("Quiero hablar con una persona real", "contact"),
        ("¿Cómo contactar con soporte?", "contact"),
        ("ATENCIÓN AL CLIENTE POR FAVOR", "contact"),
    ],
    "pl": [
        ("Jak to działa?", "programme"),
        ("co to za program w ogóle", "programme"),
        ("Od czego zacząć?", "programme"),
        ("jak zostac partnerem", "programme"),
        ("Jaka jest stawka na poziomie gold?", "commission"),
        ("Ile procent ma poziom silver?", "commission"),
        ("jak awansować na wyższy poziom", "commission"),
        ("Jak działają pliki cookie?", "attribution"),
        ("Koleżanka kliknęła w link, ale nic nie zostało zaliczone", "attribution"),
        ("a jeśli kupi na innym urządzeniu", "attribution"),
        ("Czemu służy okres wstrzymania?", "holding"),
        ("dlaczego nadal oczekuje od tygodnia", "holding"),
        ("Ile trwa czas na potwierdzenie?", "holding"),
        ("Minimalna kwota do wypłaty?", "payouts"),
        ("Czy płacicie przez PayPal?", "payouts"),
        ("Czy trzeba oznaczać posty jako reklamę?", "disclosure"),
        ("jak oznaczyć współpracę reklamową", "disclosure"),
        ("Jakie treści są dozwolone?", "content"),
        ("czy mogę publikować na TikToku", "content"),
        ("Chcę porozmawiać z człowiekiem", "contact"),
        ("Jak się skontaktować z zespołem?", "contact"),
        ("KONSULTANT PROSZĘ", "contact"),
    ],
}
ORDINARY: dict[str, list[str]] = {
    "en": [
        "hi",
        "hello there!",
        "thanks, great",
        "ok",
        "good morning",
        "I posted a new video today",
        "see you tomorrow",
        "lol",
        "how are you?",
        "nice weather today",
    ],
    "ru": [
        "привет",
        "Здравствуйте!",
        "спасибо, отлично",
        "ок",
        "доброе утро",
        "Сегодня выложила новое видео",
        "до завтра",
        "ахаха",
        "как дела?",
        "privet",
    ],
    "fr": [
        "salut",
        "Bonjour !",
        "merci, super",
        "ok",
        "bonne journée",
        "J'ai posté une nouvelle vidéo aujourd'hui",
        "à demain",
        "mdr",
        "ça va ?",
        "il fait beau",
    ],
    "es": [
        "hola",
        "¡Buenos días!",
        "gracias, genial",
        "vale",
        "buenas noches",
        "Hoy he subido un vídeo nuevo",
        "hasta mañana",
        "jajaja",
        "¿qué tal?",
        "hace buen tiempo",
    ],
    "pl": [
        "cześć",
        "Dzień dobry!",
        "dzięki, super",
        "ok",
        "miłego dnia",
        "Dziś wrzuciłam nowy film",
        "do jutra",
        "haha",
        "co słychać?",
        "ładna pogoda",
    ],
}
EARNINGS: dict[str, str] = {
    "en": "how much did I earn in October?",
    "ru": "сколько я заработал в октябре?",
    "fr": "combien j'ai gagné en octobre ?",
    "es": "¿cuánto gané en octubre?",
    "pl": "ile zarobiłem w październiku?",
}


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc in PHRASINGS])
def test_phrasings_find_their_topic(locale: str) -> None:
    assert len(PHRASINGS[locale]) >= 20
    found = [(text, topic_of(text, locale)) for text, _ in PHRASINGS[locale]]
    assert found == PHRASINGS[locale]
    assert {topic for _, topic in PHRASINGS[locale]} == set(TOPICS)


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc in ORDINARY])
def test_ordinary_chat_is_not_a_question(locale: str) -> None:
    assert [text for text in ORDINARY[locale] if topic_of(text, locale)] == []


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc in PHRASINGS])
async def test_typed_questions_through_the_engine(
    chat_factory: Callable[..., Chat], locale: str
) -> None:
    chat = chat_factory(locale=locale)
    wrong = []
    for text, topic in PHRASINGS[locale]:
        replies = await chat.send(text)
        if replies.ids != [f"faq-answer-{topic}", "faq-helpful"]:
            wrong.append((text, replies.ids))
    for text in ORDINARY[locale]:
        replies = await chat.send(text)
        if replies.ids != ["not-understood"]:
            wrong.append((text, replies.ids))
    assert not wrong, "\n".join(map(str, wrong))
    earnings = await chat.send(EARNINGS[locale])
    assert not any(i.startswith("faq-") for i in earnings.ids), earnings.ids


@pytest.mark.parametrize("locale", LOCALES)
async def test_faq_buttons_and_a_person_when_it_did_not_help(
    chat_factory: Callable[..., Chat], locale: str
) -> None:
    chat = chat_factory(locale=locale)
    menu = await chat.send("/faq").expect("faq-menu")
    assert [b.choice for b in menu.last.all_buttons] == list(TOPICS)
    answer = await chat.press("payouts").expect("faq-answer-payouts", "faq-helpful")
    assert normalise("50,00" if locale != "en" else "50.00") in normalise(answer.text())
    await chat.press("payouts.yes").expect("faq-glad")
    pressable = {b.choice: b.payload for b in menu.last.all_buttons}  # the menu stays usable
    await chat.press_payload(pressable["holding"]).expect("faq-answer-holding", "faq-helpful")
    await chat.press("holding.no").expect("faq-offer-person")
    await chat.press("ask").expect("support-ask")
    opened = await chat.send("My sale from 3 November is still pending").expect("support-opened")
    assert opened.last.args["number"] == 1
    await chat.send("/faq").expect("faq-menu")
    await chat.press("contact").expect("faq-answer-contact", "faq-helpful")
    await chat.press("contact.no").expect("faq-offer-person")
    await chat.press("ask").expect("support-already-open")
