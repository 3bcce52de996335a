"""Armenian and Azerbaijani Russian-language sites, for the Russian development set ``ru``: the
ways their copy names a ministry without its country ("по данным Минобороны" in Yerevan), an
agency's report of what another body said ("Как сообщает АПА, об этом заявило …"), a topic
before the speaker ("Что касается …, то …") and a fear voiced in an interview. Kept apart only
so that each module stays short; the conventions are those of ``ru``.
"""

from demo.extraction_set import Article, SourceSpec, Statement

REGIONAL_SOURCES: tuple[SourceSpec, ...] = (
    # Speakers the desk does not have: the finder should propose them.
    SourceSpec(
        "am-health",
        "Министерство здравоохранения Армении",
        "ministry",
        "AM",
        aliases=("Ministry of Health of Armenia",),
        known=False,
    ),
    SourceSpec(
        "harutyunyan-teh",
        "Гарегин Арутюнян",
        "official",
        "AM",
        aliases=("Garegin Harutyunyan",),
        known=False,
    ),
)

REGIONAL_ARTICLES: tuple[Article, ...] = (
    Article(
        key="ru-news-am-teh",
        publisher="news-am",
        style="news site",
        modelled_on="News.am",
        language="ru",
        title="В Сюнике при обстреле пострадали двое жителей",
        text=(
            "По данным Минобороны, около 23:00 подразделения ВС Азербайджана открыли огонь из "
            "минометов по окрестностям села Тех Сюникской области. По этим данным, обстрел "
            "продолжался около сорока минут.\n\n"
            "Министерство здравоохранения Армении сообщило, что двое жителей села доставлены в "
            "больницу Гориса с осколочными ранениями, их состояние оценивается как средней "
            "тяжести. Школа в селе в понедельник не работала.\n\n"
            "«Армянская сторона ведет огонь по нашим позициям у Лачина с вечера, наши "
            "подразделения лишь принимают ответные меры».\n\n"
            "Как сообщает АПА, об этом заявило Минобороны Азербайджана.\n\n"
            "Что касается переговоров о делимитации, то в МИД Армении отметили, что очередное "
            "заседание комиссий пока не назначено.\n\n"
            "Жители приграничных сел могут остаться без урожая этой осенью. Такое опасение "
            "высказал глава общины Тех Гарегин Арутюнян в интервью агентству «Арменпресс».\n\n"
            "Напомним, в сентябре 2022 года Сюникская область пострадала от самых масштабных "
            "обстрелов со времени войны 2020 года. Переговоры о мирном договоре продолжаются."
        ),
        statements=(
            # По данным Минобороны in Yerevan's copy, before anyone spoke: the publisher's
            # country's ministry
            Statement(
                span=(
                    "около 23:00 подразделения ВС Азербайджана открыли огонь из минометов по "
                    "окрестностям села Тех Сюникской области"
                ),
                speaker="am-mod",
            ),
            # По этим данным: the figures of the speaker just quoted
            Statement(span="обстрел продолжался около сорока минут", speaker="am-mod"),
            # a ministry the desk does not have, named in full with lower-case words
            Statement(
                span=(
                    "двое жителей села доставлены в больницу Гориса с осколочными ранениями, их "
                    "состояние оценивается как средней тяжести"
                ),
                speaker="am-health",
            ),
            # a quotation in a paragraph of its own; Как сообщает X, об этом заявил Y: X relays
            Statement(
                span=(
                    "Армянская сторона ведет огонь по нашим позициям у Лачина с вечера, наши "
                    "подразделения лишь принимают ответные меры"
                ),
                speaker="az-mod",
                relays=("apa",),
            ),
            # Что касается …, то …
            Statement(
                span="очередное заседание комиссий пока не назначено",
                speaker="am-mfa",
            ),
            # Такое опасение высказал X в интервью агентству Y: the sentence before, relayed
            Statement(
                span="Жители приграничных сел могут остаться без урожая этой осенью",
                speaker="harutyunyan-teh",
                relays=("armenpress",),
            ),
        ),
    ),
)
