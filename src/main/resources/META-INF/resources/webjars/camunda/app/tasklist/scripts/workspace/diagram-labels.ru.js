// Russian for the labels of the models' sequence flows ("yes", "accepted", "out of scope"). They
// show only in diagrams, so engine-names.js puts them only into a diagram's XML, never into the
// engine's other answers (a variable may be called "verified" too). EngineNamesTest names every label
// without a Russian entry here. Plain JSON between the braces, so the test can read it.
export default {
  "in scope or unsure": "в компетенции или неясно",
  "accepted": "принято",
  "resolve": "решить",
  "critical": "критический",
  "out of scope": "вне компетенции",
  "hand to sales": "передать в продажи",
  "ask customer": "спросить клиента",
  "reject": "отклонить",
  "keep working": "продолжить работу",
  "yes": "да",
  "no": "нет",
  "level 1": "уровень 1",
  "level 3": "уровень 3",
  "more information": "нужны сведения",
  "decline": "отклонить",
  "accept": "принять",
  "no, back to sales": "нет, вернуть в продажи",
  "refused": "отказ",
  "not accepted: rework": "не принят: доработать",
  "PASSED": "пройдены",
  "FAILED": "не пройдены",
  "passed": "пройден",
  "failed": "не пройден",
  "no: agree again": "нет: согласовать заново",
  "verified": "проверено",
  "not verified": "не проверено",
  "APPROVED": "согласовано",
  "CHANGES_REQUESTED": "нужны правки"
};
