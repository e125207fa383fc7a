"""Answers keep a summary of their feedback (scores, probe, competency) and dry runs their
scores, filled here for what is already stored, so pages read a few small columns instead of
every answer's whole feedback."""

from __future__ import annotations

from typing import Any

from django.db import migrations, models

# The core is pure and versioned with the data it reads; the scores a dry run shows are the
# ones it computes, so the stored summary is filled by the same function the app uses.
from secondround.core.dry_run_scores import AnswerScore, score_dry_run

BATCH = 500


def _summary(feedback: Any, plan: Any, position: int) -> tuple[dict[str, Any], str, str]:
    # A copy of the models' summarise_feedback and question_competency as they were when this
    # migration was written: a migration must not change when the app's code does.
    feedback = feedback if isinstance(feedback, dict) else {}
    raw = feedback.get("scores")
    scores = {
        str(name): value
        for name, value in (raw.items() if isinstance(raw, dict) else ())
        if isinstance(value, int | float) and not isinstance(value, bool)
    }
    probe = feedback.get("probe")
    competency = ""
    if isinstance(plan, list) and 0 <= position < len(plan) and isinstance(plan[position], dict):
        competency = str(plan[position].get("competency") or "")[:64]
    return scores, probe if isinstance(probe, str) else "", competency


def fill_summaries(apps: Any, schema_editor: Any) -> None:
    Session = apps.get_model("practice", "PracticeSession")
    Answer = apps.get_model("practice", "PracticeAnswer")
    for session in Session.objects.only("id", "plan").iterator(chunk_size=BATCH):
        changed = []
        for answer in Answer.objects.filter(session_id=session.id).only(
            "id", "position", "is_probe", "overall", "feedback", "created_at"
        ):
            answer.scores, answer.probe, answer.competency = _summary(
                answer.feedback, session.plan, answer.position
            )
            changed.append(answer)
        Answer.objects.bulk_update(changed, ["scores", "probe", "competency"], batch_size=BATCH)
        changed.sort(key=lambda a: (a.created_at, a.id))
        scores = score_dry_run(
            session.plan if isinstance(session.plan, list) else [],
            (AnswerScore(a.position, a.is_probe, a.overall, a.scores) for a in changed),
        )
        Session.objects.filter(pk=session.id).update(
            overall=scores.overall, summary=scores.to_dict()
        )


class Migration(migrations.Migration):
    dependencies = [("practice", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="practiceanswer",
            name="competency",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name="practiceanswer",
            name="probe",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="practiceanswer",
            name="scores",
            field=models.JSONField(default=dict),
        ),
        migrations.AddField(
            model_name="practicesession",
            name="overall",
            field=models.PositiveSmallIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="practicesession",
            name="summary",
            field=models.JSONField(default=dict),
        ),
        migrations.RunPython(fill_summaries, migrations.RunPython.noop),
    ]
