-- Notifications: a transactional outbox. Every event worth telling is written in the same transaction as
-- the change that caused it (notification_event), with one delivery row per recipient (an e-mail to a user,
-- a call to an organisation's webhook). A dispatcher claims due deliveries with a lease, sends them after
-- commit and records the outcome; a delivery whose lease ran out (the server stopped mid-delivery) is
-- claimed again, under the same delivery id, so a receiver can drop the duplicate.

CREATE TABLE notification_event (
    id              VARCHAR(36)   NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    record_kind     VARCHAR(20)   NOT NULL,
    record_id       BIGINT        NOT NULL,
    record_label    VARCHAR(100)  NULL,
    link_path       VARCHAR(200)  NULL,
    payload         VARCHAR(4000) NOT NULL,
    dedupe_key      VARCHAR(120)  NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_notification_event PRIMARY KEY (id),
    CONSTRAINT uk_notification_event_dedupe UNIQUE (dedupe_key)
) ${table_options};
CREATE INDEX ix_notification_event_record ON notification_event (record_kind, record_id);

CREATE TABLE notification_delivery (
    id              VARCHAR(36)   NOT NULL,
    event_id        VARCHAR(36)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    user_account_id BIGINT        NULL,
    webhook_id      VARCHAR(36)   NULL,
    digest          BOOLEAN       NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_owner     VARCHAR(60)   NULL,
    lease_until     DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_notification_delivery PRIMARY KEY (id),
    CONSTRAINT ck_notification_channel CHECK (channel IN ('EMAIL', 'WEBHOOK')),
    CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ${table_options};
CREATE INDEX ix_notification_delivery_due ON notification_delivery (status, next_attempt_at);
CREATE INDEX ix_notification_delivery_event ON notification_delivery (event_id);
ALTER TABLE notification_delivery ADD CONSTRAINT fk_delivery_event FOREIGN KEY (event_id) REFERENCES notification_event (id);

-- What a user wants told, per event type: IMMEDIATE, DIGEST (one mail a day) or OFF; no row means IMMEDIATE.
CREATE TABLE notification_preference (
    user_account_id BIGINT      NOT NULL,
    event_type      VARCHAR(40) NOT NULL,
    delivery_mode   VARCHAR(10) NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (user_account_id, event_type),
    CONSTRAINT ck_notification_mode CHECK (delivery_mode IN ('IMMEDIATE', 'DIGEST', 'OFF'))
) ${table_options};
ALTER TABLE notification_preference ADD CONSTRAINT fk_preference_account FOREIGN KEY (user_account_id)
    REFERENCES user_account (id);

-- An organisation's webhooks: where to call, which event types, the shared secret of the signature.
CREATE TABLE webhook_subscription (
    id              VARCHAR(36)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    url             VARCHAR(500)  NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    event_types     VARCHAR(1000) NOT NULL,
    active          BOOLEAN       NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_webhook_organisation ON webhook_subscription (organisation_id);
ALTER TABLE webhook_subscription ADD CONSTRAINT fk_webhook_organisation FOREIGN KEY (organisation_id)
    REFERENCES organisation (id);
