"""How conversations are declared: flows of named steps, replies, questions and the router.

A step is ``async def step(turn) -> Reply``. It receives the answer to the question that led to
it (``turn.value``, already validated) and replies: it says things and asks the next question,
naming the step that will receive that answer. Nothing here knows about any platform.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, overload

from bot.core.events import Attachment, Incoming
from bot.core.inputs import Choice, ChoiceOption, InputSpec, spec_from_dict
from bot.core.message_args import (
    CountryName,
    Joined,
    MessageArg,
    MessageArgs,
    Msg,
    from_json,
    label_from_json,
    label_to_json,
    to_json,
)
from bot.core.stack import MAX_DEPTH, FlowDepthError, Frame

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage.repositories import Repositories
    from storage.users import IdentityRecord, UserRecord

StepFn = Callable[["Turn"], Awaitable["Reply"]]
IntentFn = Callable[["Turn"], Awaitable["Reply | None"]]


@dataclass(slots=True)
class LinkButton:
    """A button that opens a URL; its label is a message id, rendered in ``locale`` when one
    is given (a broadcast preview shows each reader's button), else in the reader's own."""

    label: str
    url: str
    locale: str | None = None


@dataclass(slots=True)
class Message:
    """A message to render: id + arguments, and the buttons that go with it.

    ``scope`` is the (flow, step) that button presses are routed to; for a question it is the
    step that receives the answer, for a global action (like picking a language) its handler.
    """

    message_id: str
    args: MessageArgs = field(default_factory=dict)
    choices: list[ChoiceOption] = field(default_factory=list)
    scope: tuple[str, str] | None = None
    links: list[LinkButton] = field(default_factory=list)
    attachment: Attachment | None = None
    serial: int = 0


def msg(message_id: str, **args: MessageArg) -> Msg:
    """An argument rendered in the reader's language when shown (also after /language)."""
    return Msg(message_id, args)


def country(code: str) -> CountryName:
    """A country's name in the reader's language (CLDR), resolved when shown."""
    return CountryName(code)


def joined(items: Sequence[MessageArg], separator: str = "; ") -> Joined:
    """Several localised arguments shown as one."""
    return Joined(tuple(items), separator)


@dataclass(slots=True)
class Question:
    """The open question of a conversation, stored in its session until answered."""

    flow: str
    step: str
    prompt: Message
    input: InputSpec
    serial: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "step": self.step,
            "serial": self.serial,
            "prompt": {"id": self.prompt.message_id, "args": to_json(self.prompt.args)},
            "choices": [
                {
                    "key": c.key,
                    "label": label_to_json(c.label),
                    "args": to_json(c.args),
                    "literal": c.literal,
                }
                for c in self.prompt.choices
            ],
            "input": self.input.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        choices = [
            ChoiceOption(
                c["key"],
                label_from_json(c["label"]),
                from_json(c.get("args")),
                bool(c.get("literal")),
            )
            for c in data.get("choices", [])
        ]
        serial = int(data.get("serial") or 0)
        prompt = Message(
            data["prompt"]["id"],
            from_json(data["prompt"].get("args")),
            choices,
            scope=(data["flow"], data["step"]),
            serial=serial,
        )
        return cls(data["flow"], data["step"], prompt, spec_from_dict(data["input"]), serial)

    def choice_keys(self) -> set[str]:
        return {c.key for c in self.prompt.choices}


def step_name(step: StepFn | str) -> tuple[str | None, str]:
    """The (flow, step) a step function was registered under."""
    if isinstance(step, str):
        return None, step
    flow = getattr(step, "__flow__", None)
    return flow, getattr(step, "__step__", step.__name__)


class Reply:
    """What a step or command answers: messages to say, then perhaps a question."""

    def __init__(self, flow: str | None = None) -> None:
        self.flow = flow
        self.messages: list[Message] = []
        self.question: Question | None = None
        self.ended = False
        self.reprompt = False

    def say(
        self,
        message_id: str,
        *,
        links: Sequence[LinkButton] = (),
        attachment: Attachment | None = None,
        **args: MessageArg,
    ) -> Reply:
        self.messages.append(Message(message_id, args, links=list(links), attachment=attachment))
        return self

    def offer(
        self,
        message_id: str,
        *,
        scope: tuple[str, str],
        choices: Sequence[ChoiceOption],
        **args: MessageArg,
    ) -> Reply:
        """Say something with buttons routed to a global action rather than a flow step."""
        self.messages.append(Message(message_id, args, list(choices), scope=scope))
        return self

    def ask(
        self,
        message_id: str,
        *,
        next: StepFn | str,
        input: InputSpec | None = None,
        choices: Sequence[ChoiceOption | str] = (),
        **args: MessageArg,
    ) -> Reply:
        """Ask a question; the answer goes to ``next``. Plain string choices are labelled by the
        attribute of the same name on the question (``onboarding-consent.accept``)."""
        flow, step = step_name(next)
        flow = flow or self.flow
        if flow is None:
            raise ValueError("ask() needs a step registered on a flow")
        options = [
            c if isinstance(c, ChoiceOption) else ChoiceOption(c, f"{message_id}.{c}")
            for c in choices
        ]
        if input is None and not options:
            raise ValueError("a question needs an input kind or choices")
        prompt = Message(message_id, args, options, scope=(flow, step))
        self.question = Question(flow, step, prompt, input or Choice())
        self.messages.append(prompt)
        return self

    def end(self) -> Reply:
        """Close the conversation: its flow and any flow waiting for it (sub-flows); their
        scratch data is forgotten."""
        self.ended = True
        self.question = None
        return self

    def again(self) -> Reply:
        """Repeat the open question after these messages (after /help, a stale button...)."""
        self.reprompt = True
        return self


class Turn:
    """Everything one step may use: who, in which language, the answer, data and services."""

    def __init__(
        self,
        *,
        incoming: Incoming,
        user: UserRecord,
        identity: IdentityRecord,
        locale: str,
        data: dict[str, Any],
        services: Repositories,
        settings: Settings,
        now: datetime,
        flow: str | None,
        render: Callable[[str, str, MessageArgs], str],
        parents: list[Frame] | None = None,
        flows: Mapping[str, Flow] | None = None,
    ) -> None:
        self.incoming = incoming
        self.user = user
        self.identity = identity
        self.locale = locale
        self.data = data
        self.services = services
        self.settings = settings
        self.now = now
        self.value: Any = None
        self.choice: str | None = None
        self.reply = Reply(flow)
        self._render = render
        # The flows waiting for a sub-flow's result (outermost first), and where to find them.
        self.parents: list[Frame] = parents if parents is not None else []
        self._flows: Mapping[str, Flow] = flows if flows is not None else {}
        # Set by a step that erased the person (/delete): the engine keeps nothing of this
        # conversation, not even its session.
        self.erased = False

    @property
    def flow(self) -> str | None:
        """The flow being talked to (a sub-flow's own name while it runs)."""
        return self.reply.flow

    @property
    def root_flow(self) -> str | None:
        """The outermost flow of the conversation: the one the user started."""
        return self.parents[0].flow if self.parents else self.reply.flow

    def frame_data(self, flow: Flow | str) -> dict[str, Any] | None:
        """The scratch data of ``flow`` if it is the flow being talked to or one waiting for a
        sub-flow (the innermost such frame); None when the conversation is not in it."""
        name = flow if isinstance(flow, str) else flow.name
        if self.reply.flow == name:
            return self.data
        for frame in reversed(self.parents):
            if frame.flow == name:
                return frame.data
        return None

    def t(self, message_id: str, **args: MessageArg) -> str:
        """Render a message in the user's language, to use as an argument of another."""
        return self._render(self.locale, message_id, args)

    def render_in(self, locale: str, message_id: str, **args: MessageArg) -> str:
        """Render a message in another language (a market's legal wording, say)."""
        return self._render(locale, message_id, args)

    def say(self, message_id: str, **args: MessageArg) -> Reply:
        return self.reply.say(message_id, links=(), attachment=None, **args)

    def ask(
        self,
        message_id: str,
        *,
        next: StepFn | str,
        input: InputSpec | None = None,
        choices: Sequence[ChoiceOption | str] = (),
        **args: MessageArg,
    ) -> Reply:
        return self.reply.ask(message_id, next=next, input=input, choices=choices, **args)

    def end(self) -> Reply:
        return self.reply.end()

    async def start(self, flow: Flow, **data: Any) -> Reply:
        """Begin ``flow`` from its first step with ``data``, forgetting any other flow's."""
        if flow.start is None:
            raise ValueError(f"flow {flow.name} has no start step")
        self.data.clear()
        self.data.update(data)
        self.parents.clear()
        self.reply.flow = flow.name
        self.value = None
        self.choice = None
        return await flow.steps[flow.start](self)

    async def begin(
        self, flow: Flow, *, then: StepFn, at: StepFn | None = None, **args: Any
    ) -> Reply:
        """Begin ``flow`` as a sub-flow with ``args`` as its data; when it finishes, its result
        is ``turn.value`` in ``then``, a step of this flow, with this flow's data as it is now.
        ``at``: a step of ``flow`` to enter with this turn's answer instead of its start (a
        session saved before its questions became a sub-flow goes on in the middle of it).
        """
        parent, step = step_name(then)
        if self.reply.flow is None or parent != self.reply.flow:
            raise ValueError("begin() is called by a flow and continues in one of its steps")
        if flow.start is None:
            raise ValueError(f"flow {flow.name} has no start step")
        if len(self.parents) + 1 >= MAX_DEPTH:
            raise FlowDepthError(f"{flow.name} would be deeper than {MAX_DEPTH} flows")
        if at is not None and step_name(at)[0] != flow.name:
            raise ValueError(f"begin(at=...) names a step of {flow.name}")
        self.parents.append(Frame(self.reply.flow, step, self.data))
        self.data = dict(args)
        self.reply.flow = flow.name
        if at is not None:
            return await at(self)
        self.value = None
        self.choice = None
        return await flow.steps[flow.start](self)

    async def finish(self, result: Any = None) -> Reply:
        """End this sub-flow (its data is forgotten) and go on in the flow that began it,
        whose continuation step receives ``result`` as ``turn.value``. In the outermost flow,
        the same as ``end()``."""
        if not self.parents:
            return self.end()
        frame = self.parents.pop()
        self.data = frame.data
        self.reply.flow = frame.flow
        self.value = result
        self.choice = None
        flow = self._flows.get(frame.flow)
        step = flow.steps.get(frame.then) if flow is not None else None
        if step is None:  # a release renamed it since the sub-flow began
            return self.say("button-stale").end()
        return await step(self)


class Flow:
    """A named set of steps; ``@flow.step(start=True)`` marks where it begins."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: dict[str, StepFn] = {}
        self.start: str | None = None

    @overload
    def step(self, fn: StepFn, /) -> StepFn: ...

    @overload
    def step(self, /, *, start: bool = False) -> Callable[[StepFn], StepFn]: ...

    def step(
        self, fn: StepFn | None = None, /, *, start: bool = False
    ) -> StepFn | Callable[[StepFn], StepFn]:
        def register(step: StepFn) -> StepFn:
            name = step.__name__
            if name in self.steps:
                raise ValueError(f"step {name} registered twice in {self.name}")
            step.__flow__ = self.name  # type: ignore[attr-defined]
            step.__step__ = name  # type: ignore[attr-defined]
            self.steps[name] = step
            if start:
                self.start = name
            return step

        return register(fn) if fn is not None else register


@dataclass(slots=True)
class Command:
    """A slash command: its handler and whether it appears in the platforms' command menus."""

    name: str
    handler: StepFn
    menu: bool = True


class Router:
    """Where the engine looks up commands, global button actions, flows and free-text intents."""

    def __init__(self) -> None:
        self.commands: dict[str, Command] = {}
        self.actions: dict[tuple[str, str], StepFn] = {}
        self.flows: dict[str, Flow] = {}
        self.intents: list[IntentFn] = []

    def command(self, name: str, *, menu: bool = True) -> Callable[[StepFn], StepFn]:
        def register(handler: StepFn) -> StepFn:
            if name in self.commands:
                raise ValueError(f"command /{name} registered twice")
            self.commands[name] = Command(name, handler, menu)
            return handler

        return register

    def action(self, flow: str, step: str) -> Callable[[StepFn], StepFn]:
        def register(handler: StepFn) -> StepFn:
            self.actions[(flow, step)] = handler
            return handler

        return register

    def add_flow(self, flow: Flow) -> Flow:
        if flow.name in self.flows:
            raise ValueError(f"flow {flow.name} registered twice")
        self.flows[flow.name] = flow
        return flow

    def intent(self, fn: IntentFn) -> IntentFn:
        self.intents.append(fn)
        return fn

    def menu(self) -> list[str]:
        """Command names to publish in platform menus, in registration order."""
        return [c.name for c in self.commands.values() if c.menu]
