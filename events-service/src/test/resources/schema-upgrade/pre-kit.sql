-- events-service's database at commit af9a492, before the kit owned the change-event tables: made by tools/pre-kit-dumps/make-dumps.sh.
--
-- PostgreSQL database dump
--

\restrict KM0xEGz8OeIWkcDSAKD1M3fBQUMJmyqUSikOj9iGMg8KjjphosLtF5XRswiGhgH

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
-- Name: event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event (
    id uuid NOT NULL,
    title character varying(300) NOT NULL,
    kind character varying(32) NOT NULL,
    format character varying(16),
    status character varying(16) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    starts_on date NOT NULL,
    ends_at timestamp with time zone,
    time_zone character varying(64) NOT NULL,
    location_venue character varying(200),
    location_city character varying(100),
    location_country_code character varying(2),
    coalition_id character varying(64),
    summary character varying(4000),
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200)
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
-- Name: participant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.participant (
    event_id uuid NOT NULL,
    country_code character varying(2) NOT NULL,
    role character varying(16) NOT NULL,
    attendance character varying(16) NOT NULL,
    represented_by character varying(200),
    notes character varying(4000),
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200)
);


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
-- Data for Name: event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event VALUES ('9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 'Leaders meeting in Paris', 'LEADERS_SUMMIT', 'HYBRID', 'HELD', '2025-03-27 09:00:00+00', '2025-03-27', '2025-03-27 15:00:00+00', 'Europe/Paris', 'Élysée Palace', 'Paris', 'FR', 'coalition-of-the-willing', 'Security guarantees.', '[{"title": "Communiqué", "publisher": "Élysée"}]', 2, '2025-03-20 10:00:00+00', '2025-03-28 10:00:00+00', 'editor-1');
INSERT INTO public.event VALUES ('4e2f9a4d-4c3a-4d84-8fa1-8a1d6c5b4e33', 'Defence ministers call', 'CALL', 'VIRTUAL', 'ANNOUNCED', '2025-04-10 14:00:00+00', '2025-04-10', NULL, 'UTC', NULL, NULL, NULL, NULL, NULL, '[]', 0, '2025-04-01 10:00:00+00', '2025-04-01 10:00:00+00', NULL);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'schema', 'SQL', 'V1__schema.sql', 975975601, 'postgres', '2026-12-02 20:55:40.498289', 38, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'change events', 'SQL', 'V2__change_events.sql', -694382616, 'postgres', '2026-12-02 20:55:40.563649', 12, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'updated by', 'SQL', 'V3__updated_by.sql', 1398963715, 'postgres', '2026-12-02 20:55:40.595007', 9, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'tombstones', 'SQL', 'V4__tombstones.sql', -511838688, 'postgres', '2026-12-02 20:55:40.618818', 8, true);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', 'coalition-tracker.events', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 2, 'org.coalitiontracker.event.upserted', '{"id":"9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22","title":"Leaders meeting in Paris","status":"HELD","version":2}', 'editor-1', '2025-03-28 10:00:00+00');
INSERT INTO public.outbox VALUES (2, '9c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f', 'coalition-tracker.events', '5f3a0b5e-5d4b-4e95-9ab2-9b2e7d6c5f44', 1, 'org.coalitiontracker.event.deleted', NULL, 'editor-2', '2025-03-29 10:00:00+00');


--
-- Data for Name: participant; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.participant VALUES ('9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 'FR', 'HOST', 'IN_PERSON', 'President', NULL, '[]', 0, '2025-03-20 10:00:00+00', '2025-03-20 10:00:00+00', 'editor-1');
INSERT INTO public.participant VALUES ('9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 'GB', 'CO_CHAIR', 'IN_PERSON', 'Prime Minister', 'Arrived late.', '[]', 1, '2025-03-20 10:00:00+00', '2025-03-27 10:00:00+00', 'editor-1');


--
-- Data for Name: read_copy; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.read_copy VALUES ('coalition-tracker.countries', 'FR', 0, '{"code": "FR", "name": "France", "blocs": ["EU", "NATO"], "alpha3": "FRA", "aliases": [], "version": 0}', '2025-03-01 10:00:00+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.countries', 'GB', 0, '{"code": "GB", "name": "United Kingdom", "blocs": ["NATO"], "alpha3": "GBR", "aliases": ["UK"], "version": 0}', '2025-03-01 10:00:00+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.memberships', 'coalition-of-the-willing/GB', 1, '{"role": "LEAD", "status": "ACTIVE", "version": 1, "coalitionId": "coalition-of-the-willing", "countryCode": "GB"}', '2025-03-10 12:00:01+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, NULL, '2025-03-14 12:00:01+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.commitments', '2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2, '{"id": "2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00", "status": "PLEDGED", "version": 2, "category": "GROUND_FORCES", "coalitionId": "coalition-of-the-willing", "countryCode": "GB", "announcedAtEventId": "9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22"}', '2025-03-20 10:00:00+00');


--
-- Data for Name: tombstone; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tombstone VALUES ('coalition-tracker.events', '5f3a0b5e-5d4b-4e95-9ab2-9b2e7d6c5f44', 1, '2025-03-29 10:00:00+00');


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 2, true);


--
-- Name: event event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event
    ADD CONSTRAINT event_pkey PRIMARY KEY (id);


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
-- Name: participant participant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.participant
    ADD CONSTRAINT participant_pkey PRIMARY KEY (event_id, country_code);


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
-- Name: event_by_coalition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_by_coalition ON public.event USING btree (coalition_id, starts_at);


--
-- Name: event_by_location_country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_by_location_country ON public.event USING btree (location_country_code);


--
-- Name: event_by_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_by_start ON public.event USING btree (starts_at, id);


--
-- Name: event_by_start_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_by_start_date ON public.event USING btree (starts_on);


--
-- Name: event_by_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_by_updated_at ON public.event USING btree (updated_at);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: participant_by_country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX participant_by_country ON public.participant USING btree (country_code, event_id);


--
-- Name: read_copy_commitments_by_event; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX read_copy_commitments_by_event ON public.read_copy USING btree (((state ->> 'announcedAtEventId'::text))) WHERE ((topic)::text = 'coalition-tracker.commitments'::text);


--
-- Name: participant participant_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.participant
    ADD CONSTRAINT participant_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.event(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict KM0xEGz8OeIWkcDSAKD1M3fBQUMJmyqUSikOj9iGMg8KjjphosLtF5XRswiGhgH

