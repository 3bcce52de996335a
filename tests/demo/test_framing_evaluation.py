"""How the framing evaluation names the sets it scores. No database."""

import shutil
from pathlib import Path

import demo.framing_sets
from demo.framing_evaluation import main


def test_a_set_given_by_its_path_is_scored_as_outside_whatever_it_holds(tmp_path, capsys):
    studied = Path(demo.framing_sets.__file__).parent / "holdout3_en.py"
    outside = tmp_path / "articles_en.py"
    shutil.copy(studied, outside)

    main(["--set", str(outside), "--set", "holdout3_en"])

    by_path, by_name = capsys.readouterr().out.splitlines()
    assert by_path.startswith(f"outside {outside} [en]: ")
    assert by_name.startswith("development holdout3_en [en]: ")
    assert by_path.split(": ", 1)[1] == by_name.split(": ", 1)[1]
