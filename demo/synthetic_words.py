"""The words the synthetic desk's documents are written with."""

PLACES = [
    "Kalbajar",
    "Lachin",
    "Tavush",
    "Gegharkunik",
    "Syunik",
    "Aghdam",
    "Fuzuli",
    "Shusha",
    "Goris",
    "Jabrayil",
    "Zangilan",
    "Jermuk",
    "Sotk",
    "Nakhchivan",
]
WEAPONS = [
    "sniper rifles",
    "grenade launchers",
    "mortars",
    "a drone",
    "artillery",
    "heavy machine guns",
    "small arms",
]
SIDES = ["Armenian", "Azerbaijani"]
FRAMES = [
    "occupied",
    "liberated",
    "provocation",
    "the enemy",
    "adequate measures",
    "Turkish-backed",
    "Russian-backed",
]
SENTENCES = {
    "en": [
        "The defence ministry said {side} units opened fire on positions near {place} with "
        "{weapon} overnight.",
        "Officials in {place} described the shelling as a {frame} and promised a response.",
        "A ministry spokesman said a drone struck a checkpoint outside {place} at dawn.",
        "The other side denied the report and said its troops had only returned fire near {place}.",
        "Residents of {place} told reporters that {weapon} could be heard until morning.",
        "According to the statement, the ceasefire held along the border except near {place}.",
        "The ministry accused the {side} side of using {weapon} against civilians in {place}.",
        "Observers could not confirm whether the villages near {place} were {frame}.",
    ],
    "ru": [
        "Министерство обороны заявило, что подразделения открыли огонь у {place}.",
        "Представитель ведомства назвал обстрел у {place} провокацией противника.",
        "По данным ведомства, беспилотник атаковал позиции возле {place}.",
        "Другая сторона опровергла сообщение об обстреле у {place}.",
    ],
    "hy": [
        "ՊՆ-ն հայտարարել է, որ հակառակորդը կրակ է բացել {place}-ի մոտ։",
        "Ըստ հաղորդագրության՝ սահմանին իրավիճակը լարված է {place}-ում։",
        "Պաշտպանության նախարարությունը հերքել է {place}-ի մասին տեղեկությունը։",
    ],
    "az": [
        "Müdafiə Nazirliyi bildirib ki, {place} istiqamətində atəş açılıb.",
        "Nazirlik {place} yaxınlığında təxribatın qarşısının alındığını açıqlayıb.",
        "Rəsmilər {place} ətrafında vəziyyətin gərgin olduğunu deyiblər.",
    ],
}
LANGUAGES = ["en"] * 7 + ["ru", "hy", "az"]
EMOJI = ["🔥 ", "📍 ", "⚠️ ", "🇦🇲 ", "🇦🇿 "]
