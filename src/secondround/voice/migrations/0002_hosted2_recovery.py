# Recovery of interrupted transcriptions: the task's id, its last sign of life, and whether a
# failure may be tried again. Existing recordings keep their state (no task id, no progress).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("voice", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="recording",
            name="task_id",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name="recording",
            name="progress_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="recording",
            name="can_retry",
            field=models.BooleanField(default=False),
        ),
    ]
