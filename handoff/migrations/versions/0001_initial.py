"""Initial schema of the handoff service: requests, versions, conversations, transcript, accounts,
sessions, notes, reads, and the append-only audit log (triggers on SQLite and PostgreSQL).

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('reference', sa.String(length=7), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_audit_log_reference'), 'audit_log', ['reference'], unique=False)

    op.create_table('conversations',
    sa.Column('conversation_id', sa.String(length=100), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=7), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('sent', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('contact_secret', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('conversation_id')
    )
    op.create_index(op.f('ix_conversations_last_seen_at'), 'conversations', ['last_seen_at'], unique=False)
    op.create_index(op.f('ix_conversations_reference'), 'conversations', ['reference'], unique=False)

    op.create_table('login_attempts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('ip', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('success', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_login_attempts_ip_at', 'login_attempts', ['ip', 'at'], unique=False)
    op.create_index('ix_login_attempts_username_at', 'login_attempts', ['username', 'at'], unique=False)

    op.create_table('turns',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('conversation_id', sa.String(length=100), nullable=False),
    sa.Column('author', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_turns_conversation', 'turns', ['conversation_id', 'id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('departements', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('disabled_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_used_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_index(op.f('ix_api_tokens_user_id'), 'api_tokens', ['user_id'], unique=False)

    op.create_table('requests',
    sa.Column('reference', sa.String(length=7), nullable=False),
    sa.Column('conversation_id', sa.String(length=100), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('completeness', sa.String(length=20), nullable=False),
    sa.Column('requester', sa.String(length=20), nullable=False),
    sa.Column('age_stage', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('departement', sa.String(length=3), nullable=True),
    sa.Column('territory', sa.String(length=10), nullable=False),
    sa.Column('transferred', sa.Boolean(), nullable=False),
    sa.Column('urgency', sa.String(length=10), nullable=False),
    sa.Column('complexity', sa.SmallInteger(), nullable=False),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('signals', sa.JSON(), nullable=False),
    sa.Column('danger_kinds', sa.JSON(), nullable=False),
    sa.Column('corrected_urgency', sa.String(length=10), nullable=True),
    sa.Column('corrected_complexity', sa.SmallInteger(), nullable=True),
    sa.Column('corrected_domains', sa.JSON(), nullable=True),
    sa.Column('corrected_by', sa.Integer(), nullable=True),
    sa.Column('corrected_at', sa.DateTime(), nullable=True),
    sa.Column('urgency_rank', sa.SmallInteger(), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('domain_codes', sa.String(length=200), nullable=False),
    sa.Column('waiting_since', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('claimed_at', sa.DateTime(), nullable=True),
    sa.Column('partner', sa.String(length=30), nullable=True),
    sa.Column('outcome', sa.String(length=30), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['corrected_by'], ['users.id'], ),
    sa.PrimaryKeyConstraint('reference')
    )
    op.create_index('ix_requests_assignee', 'requests', ['assignee_id'], unique=False)
    op.create_index(op.f('ix_requests_conversation_id'), 'requests', ['conversation_id'], unique=False)
    # The queue order (bot.schema.queue_sort_key) in SQL: urgency rank, level DESC, waiting since.
    # Partial indexes cover the open requests (queries always say "status <> 'cloturee'" for them).
    open_only = sa.text("status <> 'cloturee'")
    op.create_index('ix_requests_open_queue', 'requests',
                    ['urgency_rank', sa.text('level DESC'), 'waiting_since'],
                    postgresql_where=open_only, sqlite_where=open_only)
    op.create_index('ix_requests_open_territory_queue', 'requests',
                    ['territory', 'urgency_rank', sa.text('level DESC'), 'waiting_since'],
                    postgresql_where=open_only, sqlite_where=open_only)
    op.create_index('ix_requests_territory_queue', 'requests',
                    ['territory', 'urgency_rank', sa.text('level DESC'), 'waiting_since'])

    op.create_table('web_sessions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_web_sessions_user_id'), 'web_sessions', ['user_id'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('reference', sa.String(length=7), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['reference'], ['requests.reference'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_notes_reference'), 'notes', ['reference'], unique=False)

    op.create_table('request_reads',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['reference'], ['requests.reference'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id', 'reference')
    )
    op.create_table('request_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('reference', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['reference'], ['requests.reference'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference', 'version', name='uq_request_versions_reference_version')
    )
    _audit_triggers_up()


AUDIT_MESSAGE = "audit_log : journal en ajout seul, modification et suppression interdites"


def _audit_triggers_up() -> None:
    """Nobody edits or deletes the audit log, not even a superuser through SQL: the database refuses."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{AUDIT_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")
        op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")
        op.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")
    else:  # pragma: no cover
        raise RuntimeError(f"base de données non prise en charge : {dialect}")


def _audit_triggers_down() -> None:
    dialect = op.get_bind().dialect.name
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_truncate"):
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
        elif name != "audit_log_no_truncate":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")


def downgrade() -> None:
    _audit_triggers_down()
    op.drop_table('request_versions')
    op.drop_table('request_reads')
    op.drop_index(op.f('ix_notes_reference'), table_name='notes')

    op.drop_table('notes')
    op.drop_index(op.f('ix_web_sessions_user_id'), table_name='web_sessions')

    op.drop_table('web_sessions')
    op.drop_index('ix_requests_territory_queue', table_name='requests')
    op.drop_index('ix_requests_open_territory_queue', table_name='requests')
    op.drop_index('ix_requests_open_queue', table_name='requests')
    op.drop_index(op.f('ix_requests_conversation_id'), table_name='requests')
    op.drop_index('ix_requests_assignee', table_name='requests')

    op.drop_table('requests')
    op.drop_index(op.f('ix_api_tokens_user_id'), table_name='api_tokens')

    op.drop_table('api_tokens')
    op.drop_table('users')
    op.drop_index('ix_turns_conversation', table_name='turns')

    op.drop_table('turns')
    op.drop_index('ix_login_attempts_username_at', table_name='login_attempts')
    op.drop_index('ix_login_attempts_ip_at', table_name='login_attempts')

    op.drop_table('login_attempts')
    op.drop_index(op.f('ix_conversations_reference'), table_name='conversations')
    op.drop_index(op.f('ix_conversations_last_seen_at'), table_name='conversations')

    op.drop_table('conversations')
    op.drop_index(op.f('ix_audit_log_reference'), table_name='audit_log')

    op.drop_table('audit_log')
