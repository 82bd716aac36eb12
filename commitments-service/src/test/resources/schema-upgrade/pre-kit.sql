-- commitments-service's database at commit af9a492, before the kit owned the change-event tables: made by tools/pre-kit-dumps/make-dumps.sh.
--
-- PostgreSQL database dump
--

\restrict z8Q2TjEYLCqMK86ro7wafFPbcRG19xNBq9RHHclagONFdwUPTQz9BcFLSOyYThQ

-- Dumped from database version 14.22
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: commitment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.commitment (
    id uuid NOT NULL,
    country_code character(2) NOT NULL,
    coalition_id character varying(64) NOT NULL,
    category character varying(40) NOT NULL,
    status character varying(40) NOT NULL,
    description character varying(4000),
    personnel integer,
    amount numeric(19,4),
    currency character(3),
    conditions character varying(40)[] DEFAULT '{}'::character varying[] NOT NULL,
    condition_note character varying(2000),
    stationed_in character(2),
    announced_at_event_id uuid,
    announced_on date,
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200),
    CONSTRAINT commitment_amount_check CHECK ((amount > (0)::numeric)),
    CONSTRAINT commitment_amount_has_currency CHECK (((amount IS NULL) = (currency IS NULL))),
    CONSTRAINT commitment_personnel_check CHECK ((personnel >= 0))
);


--
-- Name: commitment_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.commitment_version (
    commitment_id uuid NOT NULL,
    version bigint NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    changed_by character varying(200),
    changed_fields jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    country_code character(2) NOT NULL,
    coalition_id character varying(64) NOT NULL,
    category character varying(40) NOT NULL,
    status character varying(40) NOT NULL,
    description character varying(4000),
    personnel integer,
    amount numeric(19,4),
    currency character(3),
    conditions character varying(40)[] DEFAULT '{}'::character varying[] NOT NULL,
    condition_note character varying(2000),
    stationed_in character(2),
    announced_at_event_id uuid,
    announced_on date,
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    superseded_at timestamp with time zone,
    CONSTRAINT commitment_version_amount_check CHECK ((amount > (0)::numeric)),
    CONSTRAINT commitment_version_amount_has_currency CHECK (((amount IS NULL) = (currency IS NULL))),
    CONSTRAINT commitment_version_personnel_check CHECK ((personnel >= 0))
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    event_id uuid NOT NULL,
    topic character varying(100) NOT NULL,
    aggregate_key character varying(200) NOT NULL,
    aggregate_version bigint NOT NULL,
    event_type character varying(200) NOT NULL,
    payload text,
    actor character varying(200),
    occurred_at timestamp with time zone NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_id_seq OWNED BY public.outbox.id;


--
-- Name: read_copy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.read_copy (
    topic character varying(100) NOT NULL,
    aggregate_key character varying(200) NOT NULL,
    version bigint NOT NULL,
    state jsonb,
    received_at timestamp with time zone NOT NULL
);


--
-- Name: tombstone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tombstone (
    topic character varying(100) NOT NULL,
    aggregate_key character varying(200) NOT NULL,
    version bigint NOT NULL,
    deleted_at timestamp with time zone NOT NULL
);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Data for Name: commitment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.commitment VALUES ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 'GB', 'coalition-of-the-willing', 'GROUND_FORCES', 'PLEDGED', 'A reassurance force.', 10000, NULL, NULL, '{US_BACKSTOP,CEASEFIRE}', 'after a ceasefire', 'UA', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[{"title": "Statement", "publisher": "No 10"}]', 2, '2025-03-27 16:00:00+00', '2025-04-02 16:00:00+00', 'editor-1');
INSERT INTO public.commitment VALUES ('6a4b1c6f-6e5c-4fa6-8bc3-0c3f8e7d6a55', 'FR', 'coalition-of-the-willing', 'FINANCING', 'CONFIRMED', NULL, NULL, 2500000000.5000, 'EUR', '{}', NULL, NULL, NULL, '2025-04-01', '[]', 0, '2025-04-01 09:00:00+00', '2025-04-01 09:00:00+00', NULL);


--
-- Data for Name: commitment_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.commitment_version VALUES ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 0, '2025-03-27 16:00:00+00', 'editor-1', '[]', '2025-03-27 16:00:00+00', 'GB', 'coalition-of-the-willing', 'GROUND_FORCES', 'UNDER_CONSIDERATION', 'A reassurance force.', NULL, NULL, NULL, '{}', NULL, NULL, '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[]', '2025-03-30 16:00:00+00');
INSERT INTO public.commitment_version VALUES ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 1, '2025-03-30 16:00:00+00', 'editor-1', '["status", "personnel"]', '2025-03-27 16:00:00+00', 'GB', 'coalition-of-the-willing', 'GROUND_FORCES', 'PLEDGED', 'A reassurance force.', 10000, NULL, NULL, '{}', NULL, 'UA', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[]', '2025-04-02 16:00:00+00');
INSERT INTO public.commitment_version VALUES ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2, '2025-04-02 16:00:00+00', 'editor-1', '["conditions", "conditionNote", "sources"]', '2025-03-27 16:00:00+00', 'GB', 'coalition-of-the-willing', 'GROUND_FORCES', 'PLEDGED', 'A reassurance force.', 10000, NULL, NULL, '{US_BACKSTOP,CEASEFIRE}', 'after a ceasefire', 'UA', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[{"title": "Statement", "publisher": "No 10"}]', NULL);
INSERT INTO public.commitment_version VALUES ('6a4b1c6f-6e5c-4fa6-8bc3-0c3f8e7d6a55', 0, '2025-04-01 09:00:00+00', NULL, '[]', '2025-04-01 09:00:00+00', 'FR', 'coalition-of-the-willing', 'FINANCING', 'CONFIRMED', NULL, NULL, 2500000000.5000, 'EUR', '{}', NULL, NULL, NULL, '2025-04-01', '[]', NULL);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'schema', 'SQL', 'V1__schema.sql', 1936353671, 'postgres', '2026-12-02 20:55:41.032497', 35, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'change events', 'SQL', 'V2__change_events.sql', 96133275, 'postgres', '2026-12-02 20:55:41.087601', 8, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'updated by', 'SQL', 'V3__updated_by.sql', 46567681, 'postgres', '2026-12-02 20:55:41.104021', 3, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'tombstones', 'SQL', 'V4__tombstones.sql', -511838688, 'postgres', '2026-12-02 20:55:41.117406', 4, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'filtered list order', 'SQL', 'V5__filtered_list_order.sql', -1563067041, 'postgres', '2026-12-02 20:55:41.12792', 9, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'commitment version superseded at', 'SQL', 'V6__commitment_version_superseded_at.sql', -1650309868, 'postgres', '2026-12-02 20:55:41.147864', 6, true);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, 'ad5e6f7a-8b9c-4dae-8f10-3b4c5d6e7f80', 'coalition-tracker.commitments', '2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2, 'org.coalitiontracker.commitment.upserted', '{"id":"2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00","countryCode":"GB","status":"PLEDGED","version":2}', 'editor-1', '2025-04-02 16:00:00+00');
INSERT INTO public.outbox VALUES (2, 'be6f7a8b-9c0d-4ebf-9a21-4c5d6e7f8091', 'coalition-tracker.commitments', '3c0f7d2b-2a1e-4b62-8d8f-6e9b4a3f2c11', 1, 'org.coalitiontracker.commitment.deleted', NULL, 'editor-2', '2025-03-21 10:00:00+00');


--
-- Data for Name: read_copy; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.read_copy VALUES ('coalition-tracker.countries', 'GB', 0, '{"code": "GB", "name": "United Kingdom", "blocs": ["NATO"], "alpha3": "GBR", "aliases": ["UK"], "version": 0}', '2025-03-01 10:00:00+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.memberships', 'coalition-of-the-willing/GB', 1, '{"role": "LEAD", "status": "ACTIVE", "version": 1, "coalitionId": "coalition-of-the-willing", "countryCode": "GB"}', '2025-03-10 12:00:01+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, NULL, '2025-03-14 12:00:01+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.events', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 2, '{"id": "9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22", "title": "Leaders meeting in Paris", "version": 2, "startsAt": "2025-03-27T09:00:00Z"}', '2025-03-28 10:00:01+00');


--
-- Data for Name: tombstone; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tombstone VALUES ('coalition-tracker.commitments', '3c0f7d2b-2a1e-4b62-8d8f-6e9b4a3f2c11', 1, '2025-03-21 10:00:00+00');


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 2, true);


--
-- Name: commitment commitment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commitment
    ADD CONSTRAINT commitment_pkey PRIMARY KEY (id);


--
-- Name: commitment_version commitment_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commitment_version
    ADD CONSTRAINT commitment_version_pkey PRIMARY KEY (commitment_id, version);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: read_copy read_copy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.read_copy
    ADD CONSTRAINT read_copy_pkey PRIMARY KEY (topic, aggregate_key);


--
-- Name: tombstone tombstone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tombstone
    ADD CONSTRAINT tombstone_pkey PRIMARY KEY (topic, aggregate_key);


--
-- Name: commitment_by_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_category ON public.commitment USING btree (category);


--
-- Name: commitment_by_coalition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_coalition ON public.commitment USING btree (coalition_id, announced_on, id);


--
-- Name: commitment_by_condition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_condition ON public.commitment USING gin (conditions);


--
-- Name: commitment_by_country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_country ON public.commitment USING btree (country_code, announced_on, id);


--
-- Name: commitment_by_event; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_event ON public.commitment USING btree (announced_at_event_id);


--
-- Name: commitment_by_stationed_in; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_stationed_in ON public.commitment USING btree (stationed_in);


--
-- Name: commitment_by_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_status ON public.commitment USING btree (status);


--
-- Name: commitment_by_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_by_updated_at ON public.commitment USING btree (updated_at);


--
-- Name: commitment_in_list_order; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_in_list_order ON public.commitment USING btree (announced_on, id);


--
-- Name: commitment_version_by_changed_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_version_by_changed_at ON public.commitment_version USING btree (changed_at);


--
-- Name: commitment_version_by_coalition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_version_by_coalition ON public.commitment_version USING btree (coalition_id);


--
-- Name: commitment_version_by_country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX commitment_version_by_country ON public.commitment_version USING btree (country_code);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: commitment_version commitment_version_commitment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commitment_version
    ADD CONSTRAINT commitment_version_commitment_id_fkey FOREIGN KEY (commitment_id) REFERENCES public.commitment(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict z8Q2TjEYLCqMK86ro7wafFPbcRG19xNBq9RHHclagONFdwUPTQz9BcFLSOyYThQ

