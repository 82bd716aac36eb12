-- countries-service's database at commit af9a492, before the kit owned the change-event tables: made by tools/pre-kit-dumps/make-dumps.sh.
--
-- PostgreSQL database dump
--

\restrict 3hOysZ8GudbBAJibyBWRqBNWFLjs0rdXWKHpDqjD6FIdvQyfBkuStCDusndqniz

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


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: coalition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.coalition (
    id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(4000),
    launched_on date,
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200)
);


--
-- Name: country; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.country (
    code character varying(2) NOT NULL,
    alpha3 character varying(3) NOT NULL,
    name character varying(100) NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by character varying(200),
    CONSTRAINT country_alpha3_check CHECK (((alpha3)::text ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT country_code_check CHECK (((code)::text ~ '^[A-Z]{2}$'::text))
);


--
-- Name: country_alias; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.country_alias (
    country_code character varying(2) NOT NULL,
    alias character varying(100) NOT NULL
);


--
-- Name: country_bloc; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.country_bloc (
    country_code character varying(2) NOT NULL,
    bloc character varying(16) NOT NULL
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
-- Name: membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.membership (
    coalition_id character varying(64) NOT NULL,
    country_code character varying(2) NOT NULL,
    role character varying(16) NOT NULL,
    status character varying(16) NOT NULL,
    joined_on date,
    left_on date,
    stances jsonb DEFAULT '[]'::jsonb NOT NULL,
    notes character varying(4000),
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200),
    CONSTRAINT membership_left_on_not_before_joined_on CHECK ((left_on >= joined_on))
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
-- Data for Name: coalition; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.coalition VALUES ('coalition-of-the-willing', 'Coalition of the Willing', 'Security guarantees for Ukraine.', '2025-03-02', '[{"url": "https://www.gov.uk/", "title": "Leaders meet in London", "publisher": "UK Government", "publishedOn": "2025-03-02"}]', 3, '2025-03-02 12:00:00+00', '2025-04-10 09:30:00+00', 'editor-1');
INSERT INTO public.coalition VALUES ('northern-group', 'Northern Group', NULL, NULL, '[]', 0, '2025-05-01 08:00:00+00', '2025-05-01 08:00:00+00', NULL);


--
-- Data for Name: country; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.country VALUES ('AD', 'AND', 'Andorra', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AE', 'ARE', 'United Arab Emirates', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AF', 'AFG', 'Afghanistan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AG', 'ATG', 'Antigua and Barbuda', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AI', 'AIA', 'Anguilla', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AL', 'ALB', 'Albania', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AM', 'ARM', 'Armenia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AO', 'AGO', 'Angola', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AQ', 'ATA', 'Antarctica', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AR', 'ARG', 'Argentina', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AS', 'ASM', 'American Samoa', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AT', 'AUT', 'Austria', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AU', 'AUS', 'Australia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AW', 'ABW', 'Aruba', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AX', 'ALA', 'Åland Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('AZ', 'AZE', 'Azerbaijan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BA', 'BIH', 'Bosnia and Herzegovina', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BB', 'BRB', 'Barbados', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BD', 'BGD', 'Bangladesh', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BE', 'BEL', 'Belgium', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BF', 'BFA', 'Burkina Faso', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BG', 'BGR', 'Bulgaria', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BH', 'BHR', 'Bahrain', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BI', 'BDI', 'Burundi', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BJ', 'BEN', 'Benin', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BL', 'BLM', 'Saint Barthélemy', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BM', 'BMU', 'Bermuda', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BN', 'BRN', 'Brunei', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BO', 'BOL', 'Bolivia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BQ', 'BES', 'Bonaire, Sint Eustatius and Saba', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BR', 'BRA', 'Brazil', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BS', 'BHS', 'Bahamas', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BT', 'BTN', 'Bhutan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BV', 'BVT', 'Bouvet Island', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BW', 'BWA', 'Botswana', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BY', 'BLR', 'Belarus', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('BZ', 'BLZ', 'Belize', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CA', 'CAN', 'Canada', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CC', 'CCK', 'Cocos (Keeling) Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CD', 'COD', 'Democratic Republic of the Congo', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CF', 'CAF', 'Central African Republic', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CG', 'COG', 'Republic of the Congo', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CH', 'CHE', 'Switzerland', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CI', 'CIV', 'Côte d''Ivoire', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CK', 'COK', 'Cook Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CL', 'CHL', 'Chile', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CM', 'CMR', 'Cameroon', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CN', 'CHN', 'China', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CO', 'COL', 'Colombia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CR', 'CRI', 'Costa Rica', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CU', 'CUB', 'Cuba', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CV', 'CPV', 'Cabo Verde', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CW', 'CUW', 'Curaçao', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CX', 'CXR', 'Christmas Island', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CY', 'CYP', 'Cyprus', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('CZ', 'CZE', 'Czechia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('DE', 'DEU', 'Germany', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('DJ', 'DJI', 'Djibouti', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('DK', 'DNK', 'Denmark', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('DM', 'DMA', 'Dominica', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('DO', 'DOM', 'Dominican Republic', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('DZ', 'DZA', 'Algeria', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('EC', 'ECU', 'Ecuador', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('EE', 'EST', 'Estonia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('EG', 'EGY', 'Egypt', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('EH', 'ESH', 'Western Sahara', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ER', 'ERI', 'Eritrea', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ES', 'ESP', 'Spain', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ET', 'ETH', 'Ethiopia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('FI', 'FIN', 'Finland', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('FJ', 'FJI', 'Fiji', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('FK', 'FLK', 'Falkland Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('FM', 'FSM', 'Micronesia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('FO', 'FRO', 'Faroe Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('FR', 'FRA', 'France', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GA', 'GAB', 'Gabon', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GB', 'GBR', 'United Kingdom', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GD', 'GRD', 'Grenada', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GE', 'GEO', 'Georgia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GF', 'GUF', 'French Guiana', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GG', 'GGY', 'Guernsey', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GH', 'GHA', 'Ghana', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GI', 'GIB', 'Gibraltar', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GL', 'GRL', 'Greenland', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GM', 'GMB', 'Gambia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GN', 'GIN', 'Guinea', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GP', 'GLP', 'Guadeloupe', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GQ', 'GNQ', 'Equatorial Guinea', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GR', 'GRC', 'Greece', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GS', 'SGS', 'South Georgia and the South Sandwich Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GT', 'GTM', 'Guatemala', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GU', 'GUM', 'Guam', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GW', 'GNB', 'Guinea-Bissau', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('GY', 'GUY', 'Guyana', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('HK', 'HKG', 'Hong Kong', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('HM', 'HMD', 'Heard Island and McDonald Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('HN', 'HND', 'Honduras', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('HR', 'HRV', 'Croatia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('HT', 'HTI', 'Haiti', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('HU', 'HUN', 'Hungary', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ID', 'IDN', 'Indonesia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IE', 'IRL', 'Ireland', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IL', 'ISR', 'Israel', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IM', 'IMN', 'Isle of Man', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IN', 'IND', 'India', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IO', 'IOT', 'British Indian Ocean Territory', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IQ', 'IRQ', 'Iraq', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IR', 'IRN', 'Iran', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IS', 'ISL', 'Iceland', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('IT', 'ITA', 'Italy', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('JE', 'JEY', 'Jersey', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('JM', 'JAM', 'Jamaica', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('JO', 'JOR', 'Jordan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('JP', 'JPN', 'Japan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KE', 'KEN', 'Kenya', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KG', 'KGZ', 'Kyrgyzstan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KH', 'KHM', 'Cambodia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KI', 'KIR', 'Kiribati', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KM', 'COM', 'Comoros', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KN', 'KNA', 'Saint Kitts and Nevis', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KP', 'PRK', 'North Korea', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KR', 'KOR', 'South Korea', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KW', 'KWT', 'Kuwait', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KY', 'CYM', 'Cayman Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('KZ', 'KAZ', 'Kazakhstan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LA', 'LAO', 'Laos', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LB', 'LBN', 'Lebanon', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LC', 'LCA', 'Saint Lucia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LI', 'LIE', 'Liechtenstein', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LK', 'LKA', 'Sri Lanka', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LR', 'LBR', 'Liberia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LS', 'LSO', 'Lesotho', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LT', 'LTU', 'Lithuania', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LU', 'LUX', 'Luxembourg', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LV', 'LVA', 'Latvia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('LY', 'LBY', 'Libya', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MA', 'MAR', 'Morocco', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MC', 'MCO', 'Monaco', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MD', 'MDA', 'Moldova', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ME', 'MNE', 'Montenegro', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MF', 'MAF', 'Saint Martin', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MG', 'MDG', 'Madagascar', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MH', 'MHL', 'Marshall Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MK', 'MKD', 'North Macedonia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ML', 'MLI', 'Mali', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MM', 'MMR', 'Myanmar', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MN', 'MNG', 'Mongolia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MO', 'MAC', 'Macao', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MP', 'MNP', 'Northern Mariana Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MQ', 'MTQ', 'Martinique', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MR', 'MRT', 'Mauritania', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MS', 'MSR', 'Montserrat', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MT', 'MLT', 'Malta', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MU', 'MUS', 'Mauritius', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MV', 'MDV', 'Maldives', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MW', 'MWI', 'Malawi', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MX', 'MEX', 'Mexico', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MY', 'MYS', 'Malaysia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('MZ', 'MOZ', 'Mozambique', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NA', 'NAM', 'Namibia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NC', 'NCL', 'New Caledonia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NE', 'NER', 'Niger', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NF', 'NFK', 'Norfolk Island', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NG', 'NGA', 'Nigeria', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NI', 'NIC', 'Nicaragua', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NL', 'NLD', 'Netherlands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NO', 'NOR', 'Norway', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NP', 'NPL', 'Nepal', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NR', 'NRU', 'Nauru', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NU', 'NIU', 'Niue', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('NZ', 'NZL', 'New Zealand', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('OM', 'OMN', 'Oman', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PA', 'PAN', 'Panama', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PE', 'PER', 'Peru', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PF', 'PYF', 'French Polynesia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PG', 'PNG', 'Papua New Guinea', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PH', 'PHL', 'Philippines', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PK', 'PAK', 'Pakistan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PL', 'POL', 'Poland', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PM', 'SPM', 'Saint Pierre and Miquelon', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PN', 'PCN', 'Pitcairn Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PR', 'PRI', 'Puerto Rico', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PS', 'PSE', 'Palestine', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PT', 'PRT', 'Portugal', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PW', 'PLW', 'Palau', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('PY', 'PRY', 'Paraguay', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('QA', 'QAT', 'Qatar', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('RE', 'REU', 'Réunion', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('RO', 'ROU', 'Romania', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('RS', 'SRB', 'Serbia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('RU', 'RUS', 'Russia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('RW', 'RWA', 'Rwanda', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SA', 'SAU', 'Saudi Arabia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SB', 'SLB', 'Solomon Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SC', 'SYC', 'Seychelles', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SD', 'SDN', 'Sudan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SE', 'SWE', 'Sweden', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SG', 'SGP', 'Singapore', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SH', 'SHN', 'Saint Helena, Ascension and Tristan da Cunha', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SI', 'SVN', 'Slovenia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SJ', 'SJM', 'Svalbard and Jan Mayen', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SK', 'SVK', 'Slovakia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SL', 'SLE', 'Sierra Leone', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SM', 'SMR', 'San Marino', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SN', 'SEN', 'Senegal', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SO', 'SOM', 'Somalia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SR', 'SUR', 'Suriname', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SS', 'SSD', 'South Sudan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ST', 'STP', 'São Tomé and Príncipe', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SV', 'SLV', 'El Salvador', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SX', 'SXM', 'Sint Maarten', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SY', 'SYR', 'Syria', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('SZ', 'SWZ', 'Eswatini', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TC', 'TCA', 'Turks and Caicos Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TD', 'TCD', 'Chad', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TF', 'ATF', 'French Southern Territories', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TG', 'TGO', 'Togo', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TH', 'THA', 'Thailand', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TJ', 'TJK', 'Tajikistan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TK', 'TKL', 'Tokelau', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TL', 'TLS', 'Timor-Leste', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TM', 'TKM', 'Turkmenistan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TN', 'TUN', 'Tunisia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TO', 'TON', 'Tonga', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TR', 'TUR', 'Türkiye', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TT', 'TTO', 'Trinidad and Tobago', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TV', 'TUV', 'Tuvalu', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TW', 'TWN', 'Taiwan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('TZ', 'TZA', 'Tanzania', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('UA', 'UKR', 'Ukraine', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('UG', 'UGA', 'Uganda', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('UM', 'UMI', 'United States Minor Outlying Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('US', 'USA', 'United States', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('UY', 'URY', 'Uruguay', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('UZ', 'UZB', 'Uzbekistan', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VA', 'VAT', 'Vatican City', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VC', 'VCT', 'Saint Vincent and the Grenadines', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VE', 'VEN', 'Venezuela', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VG', 'VGB', 'British Virgin Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VI', 'VIR', 'United States Virgin Islands', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VN', 'VNM', 'Vietnam', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('VU', 'VUT', 'Vanuatu', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('WF', 'WLF', 'Wallis and Futuna', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('WS', 'WSM', 'Samoa', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('YE', 'YEM', 'Yemen', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('YT', 'MYT', 'Mayotte', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ZA', 'ZAF', 'South Africa', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ZM', 'ZMB', 'Zambia', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);
INSERT INTO public.country VALUES ('ZW', 'ZWE', 'Zimbabwe', 0, '2026-12-02 20:55:39.872756+00', '2026-12-02 20:55:39.872756+00', NULL);


--
-- Data for Name: country_alias; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.country_alias VALUES ('AD', 'Principality of Andorra');
INSERT INTO public.country_alias VALUES ('AE', 'UAE');
INSERT INTO public.country_alias VALUES ('AE', 'Emirates');
INSERT INTO public.country_alias VALUES ('AF', 'Islamic Republic of Afghanistan');
INSERT INTO public.country_alias VALUES ('AF', 'Islamic Emirate of Afghanistan');
INSERT INTO public.country_alias VALUES ('AG', 'Antigua & Barbuda');
INSERT INTO public.country_alias VALUES ('AL', 'Republic of Albania');
INSERT INTO public.country_alias VALUES ('AM', 'Republic of Armenia');
INSERT INTO public.country_alias VALUES ('AO', 'Republic of Angola');
INSERT INTO public.country_alias VALUES ('AR', 'Argentine Republic');
INSERT INTO public.country_alias VALUES ('AT', 'Republic of Austria');
INSERT INTO public.country_alias VALUES ('AU', 'Commonwealth of Australia');
INSERT INTO public.country_alias VALUES ('AX', 'Aland Islands');
INSERT INTO public.country_alias VALUES ('AX', 'Åland');
INSERT INTO public.country_alias VALUES ('AX', 'Aland');
INSERT INTO public.country_alias VALUES ('AZ', 'Republic of Azerbaijan');
INSERT INTO public.country_alias VALUES ('BA', 'Bosnia & Herzegovina');
INSERT INTO public.country_alias VALUES ('BA', 'Bosnia-Herzegovina');
INSERT INTO public.country_alias VALUES ('BA', 'Bosnia');
INSERT INTO public.country_alias VALUES ('BD', 'People''s Republic of Bangladesh');
INSERT INTO public.country_alias VALUES ('BD', 'East Pakistan');
INSERT INTO public.country_alias VALUES ('BE', 'Kingdom of Belgium');
INSERT INTO public.country_alias VALUES ('BF', 'Upper Volta');
INSERT INTO public.country_alias VALUES ('BG', 'Republic of Bulgaria');
INSERT INTO public.country_alias VALUES ('BH', 'Kingdom of Bahrain');
INSERT INTO public.country_alias VALUES ('BI', 'Republic of Burundi');
INSERT INTO public.country_alias VALUES ('BJ', 'Republic of Benin');
INSERT INTO public.country_alias VALUES ('BJ', 'Dahomey');
INSERT INTO public.country_alias VALUES ('BL', 'Saint Barthelemy');
INSERT INTO public.country_alias VALUES ('BL', 'St. Barthélemy');
INSERT INTO public.country_alias VALUES ('BL', 'St. Barthelemy');
INSERT INTO public.country_alias VALUES ('BL', 'St Barthélemy');
INSERT INTO public.country_alias VALUES ('BL', 'St Barthelemy');
INSERT INTO public.country_alias VALUES ('BL', 'Saint-Barthélemy');
INSERT INTO public.country_alias VALUES ('BL', 'Saint-Barthelemy');
INSERT INTO public.country_alias VALUES ('BL', 'St. Barts');
INSERT INTO public.country_alias VALUES ('BL', 'St Barts');
INSERT INTO public.country_alias VALUES ('BL', 'Saint Barts');
INSERT INTO public.country_alias VALUES ('BL', 'Collectivity of Saint Barthélemy');
INSERT INTO public.country_alias VALUES ('BL', 'Collectivity of Saint Barthelemy');
INSERT INTO public.country_alias VALUES ('BN', 'Brunei Darussalam');
INSERT INTO public.country_alias VALUES ('BN', 'Nation of Brunei');
INSERT INTO public.country_alias VALUES ('BO', 'Plurinational State of Bolivia');
INSERT INTO public.country_alias VALUES ('BO', 'Bolivia (Plurinational State of)');
INSERT INTO public.country_alias VALUES ('BO', 'Republic of Bolivia');
INSERT INTO public.country_alias VALUES ('BQ', 'Caribbean Netherlands');
INSERT INTO public.country_alias VALUES ('BQ', 'BES Islands');
INSERT INTO public.country_alias VALUES ('BQ', 'Bonaire, Saint Eustatius and Saba');
INSERT INTO public.country_alias VALUES ('BR', 'Federative Republic of Brazil');
INSERT INTO public.country_alias VALUES ('BS', 'The Bahamas');
INSERT INTO public.country_alias VALUES ('BS', 'Commonwealth of The Bahamas');
INSERT INTO public.country_alias VALUES ('BT', 'Kingdom of Bhutan');
INSERT INTO public.country_alias VALUES ('BW', 'Republic of Botswana');
INSERT INTO public.country_alias VALUES ('BW', 'Bechuanaland');
INSERT INTO public.country_alias VALUES ('BY', 'Republic of Belarus');
INSERT INTO public.country_alias VALUES ('BY', 'Byelorussia');
INSERT INTO public.country_alias VALUES ('BY', 'Belorussia');
INSERT INTO public.country_alias VALUES ('BZ', 'British Honduras');
INSERT INTO public.country_alias VALUES ('CC', 'Cocos Islands');
INSERT INTO public.country_alias VALUES ('CC', 'Keeling Islands');
INSERT INTO public.country_alias VALUES ('CC', 'Territory of Cocos (Keeling) Islands');
INSERT INTO public.country_alias VALUES ('CD', 'DR Congo');
INSERT INTO public.country_alias VALUES ('CD', 'DRC');
INSERT INTO public.country_alias VALUES ('CD', 'Congo-Kinshasa');
INSERT INTO public.country_alias VALUES ('CD', 'Zaire');
INSERT INTO public.country_alias VALUES ('CD', 'Democratic Republic of Congo');
INSERT INTO public.country_alias VALUES ('CD', 'Congo, The Democratic Republic of the');
INSERT INTO public.country_alias VALUES ('CD', 'Congo, Democratic Republic of the');
INSERT INTO public.country_alias VALUES ('CD', 'Congo (Kinshasa)');
INSERT INTO public.country_alias VALUES ('CF', 'Central African Empire');
INSERT INTO public.country_alias VALUES ('CG', 'Congo');
INSERT INTO public.country_alias VALUES ('CG', 'Congo-Brazzaville');
INSERT INTO public.country_alias VALUES ('CG', 'Congo Republic');
INSERT INTO public.country_alias VALUES ('CG', 'Congo (Brazzaville)');
INSERT INTO public.country_alias VALUES ('CG', 'Congo, Republic of the');
INSERT INTO public.country_alias VALUES ('CH', 'Swiss Confederation');
INSERT INTO public.country_alias VALUES ('CI', 'Cote d''Ivoire');
INSERT INTO public.country_alias VALUES ('CI', 'Ivory Coast');
INSERT INTO public.country_alias VALUES ('CI', 'Republic of Côte d''Ivoire');
INSERT INTO public.country_alias VALUES ('CI', 'Republic of Cote d''Ivoire');
INSERT INTO public.country_alias VALUES ('CL', 'Republic of Chile');
INSERT INTO public.country_alias VALUES ('CM', 'Republic of Cameroon');
INSERT INTO public.country_alias VALUES ('CN', 'People''s Republic of China');
INSERT INTO public.country_alias VALUES ('CN', 'PRC');
INSERT INTO public.country_alias VALUES ('CO', 'Republic of Colombia');
INSERT INTO public.country_alias VALUES ('CR', 'Republic of Costa Rica');
INSERT INTO public.country_alias VALUES ('CU', 'Republic of Cuba');
INSERT INTO public.country_alias VALUES ('CV', 'Cape Verde');
INSERT INTO public.country_alias VALUES ('CV', 'Republic of Cabo Verde');
INSERT INTO public.country_alias VALUES ('CW', 'Curacao');
INSERT INTO public.country_alias VALUES ('CW', 'Country of Curaçao');
INSERT INTO public.country_alias VALUES ('CW', 'Country of Curacao');
INSERT INTO public.country_alias VALUES ('CX', 'Territory of Christmas Island');
INSERT INTO public.country_alias VALUES ('CY', 'Republic of Cyprus');
INSERT INTO public.country_alias VALUES ('CZ', 'Czech Republic');
INSERT INTO public.country_alias VALUES ('DE', 'Federal Republic of Germany');
INSERT INTO public.country_alias VALUES ('DJ', 'Republic of Djibouti');
INSERT INTO public.country_alias VALUES ('DK', 'Kingdom of Denmark');
INSERT INTO public.country_alias VALUES ('DM', 'Commonwealth of Dominica');
INSERT INTO public.country_alias VALUES ('DZ', 'People''s Democratic Republic of Algeria');
INSERT INTO public.country_alias VALUES ('EC', 'Republic of Ecuador');
INSERT INTO public.country_alias VALUES ('EE', 'Republic of Estonia');
INSERT INTO public.country_alias VALUES ('EG', 'Arab Republic of Egypt');
INSERT INTO public.country_alias VALUES ('EH', 'Spanish Sahara');
INSERT INTO public.country_alias VALUES ('ER', 'State of Eritrea');
INSERT INTO public.country_alias VALUES ('ES', 'Kingdom of Spain');
INSERT INTO public.country_alias VALUES ('ET', 'Federal Democratic Republic of Ethiopia');
INSERT INTO public.country_alias VALUES ('ET', 'Abyssinia');
INSERT INTO public.country_alias VALUES ('FI', 'Republic of Finland');
INSERT INTO public.country_alias VALUES ('FJ', 'Republic of Fiji');
INSERT INTO public.country_alias VALUES ('FK', 'Falkland Islands (Malvinas)');
INSERT INTO public.country_alias VALUES ('FK', 'Falklands');
INSERT INTO public.country_alias VALUES ('FK', 'Malvinas');
INSERT INTO public.country_alias VALUES ('FM', 'Federated States of Micronesia');
INSERT INTO public.country_alias VALUES ('FM', 'Micronesia (Federated States of)');
INSERT INTO public.country_alias VALUES ('FM', 'Micronesia, Federated States of');
INSERT INTO public.country_alias VALUES ('FO', 'Faroes');
INSERT INTO public.country_alias VALUES ('FO', 'Faeroe Islands');
INSERT INTO public.country_alias VALUES ('FR', 'French Republic');
INSERT INTO public.country_alias VALUES ('GA', 'Gabonese Republic');
INSERT INTO public.country_alias VALUES ('GB', 'UK');
INSERT INTO public.country_alias VALUES ('GB', 'U.K.');
INSERT INTO public.country_alias VALUES ('GB', 'Great Britain');
INSERT INTO public.country_alias VALUES ('GB', 'Britain');
INSERT INTO public.country_alias VALUES ('GB', 'United Kingdom of Great Britain and Northern Ireland');
INSERT INTO public.country_alias VALUES ('GG', 'Bailiwick of Guernsey');
INSERT INTO public.country_alias VALUES ('GH', 'Republic of Ghana');
INSERT INTO public.country_alias VALUES ('GH', 'Gold Coast');
INSERT INTO public.country_alias VALUES ('GM', 'The Gambia');
INSERT INTO public.country_alias VALUES ('GM', 'Republic of The Gambia');
INSERT INTO public.country_alias VALUES ('GN', 'Republic of Guinea');
INSERT INTO public.country_alias VALUES ('GN', 'Guinea-Conakry');
INSERT INTO public.country_alias VALUES ('GQ', 'Republic of Equatorial Guinea');
INSERT INTO public.country_alias VALUES ('GR', 'Hellenic Republic');
INSERT INTO public.country_alias VALUES ('GR', 'Hellas');
INSERT INTO public.country_alias VALUES ('GS', 'South Georgia & South Sandwich Islands');
INSERT INTO public.country_alias VALUES ('GS', 'South Georgia and South Sandwich Islands');
INSERT INTO public.country_alias VALUES ('GT', 'Republic of Guatemala');
INSERT INTO public.country_alias VALUES ('GW', 'Republic of Guinea-Bissau');
INSERT INTO public.country_alias VALUES ('GW', 'Portuguese Guinea');
INSERT INTO public.country_alias VALUES ('GY', 'Co-operative Republic of Guyana');
INSERT INTO public.country_alias VALUES ('GY', 'British Guiana');
INSERT INTO public.country_alias VALUES ('HK', 'Hong Kong SAR');
INSERT INTO public.country_alias VALUES ('HK', 'Hong Kong SAR China');
INSERT INTO public.country_alias VALUES ('HK', 'Hong Kong Special Administrative Region of China');
INSERT INTO public.country_alias VALUES ('HM', 'Heard & McDonald Islands');
INSERT INTO public.country_alias VALUES ('HM', 'Heard and McDonald Islands');
INSERT INTO public.country_alias VALUES ('HN', 'Republic of Honduras');
INSERT INTO public.country_alias VALUES ('HR', 'Republic of Croatia');
INSERT INTO public.country_alias VALUES ('HT', 'Republic of Haiti');
INSERT INTO public.country_alias VALUES ('ID', 'Republic of Indonesia');
INSERT INTO public.country_alias VALUES ('IE', 'Republic of Ireland');
INSERT INTO public.country_alias VALUES ('IL', 'State of Israel');
INSERT INTO public.country_alias VALUES ('IN', 'Republic of India');
INSERT INTO public.country_alias VALUES ('IO', 'BIOT');
INSERT INTO public.country_alias VALUES ('IO', 'Chagos Archipelago');
INSERT INTO public.country_alias VALUES ('IO', 'Chagos Islands');
INSERT INTO public.country_alias VALUES ('IQ', 'Republic of Iraq');
INSERT INTO public.country_alias VALUES ('IR', 'Islamic Republic of Iran');
INSERT INTO public.country_alias VALUES ('IR', 'Iran (Islamic Republic of)');
INSERT INTO public.country_alias VALUES ('IR', 'Iran, Islamic Republic of');
INSERT INTO public.country_alias VALUES ('IR', 'Persia');
INSERT INTO public.country_alias VALUES ('IT', 'Italian Republic');
INSERT INTO public.country_alias VALUES ('JE', 'Bailiwick of Jersey');
INSERT INTO public.country_alias VALUES ('JO', 'Hashemite Kingdom of Jordan');
INSERT INTO public.country_alias VALUES ('KE', 'Republic of Kenya');
INSERT INTO public.country_alias VALUES ('KG', 'Kyrgyz Republic');
INSERT INTO public.country_alias VALUES ('KG', 'Kirghizia');
INSERT INTO public.country_alias VALUES ('KH', 'Kingdom of Cambodia');
INSERT INTO public.country_alias VALUES ('KH', 'Kampuchea');
INSERT INTO public.country_alias VALUES ('KI', 'Republic of Kiribati');
INSERT INTO public.country_alias VALUES ('KM', 'Union of the Comoros');
INSERT INTO public.country_alias VALUES ('KM', 'The Comoros');
INSERT INTO public.country_alias VALUES ('KN', 'St. Kitts and Nevis');
INSERT INTO public.country_alias VALUES ('KN', 'St Kitts and Nevis');
INSERT INTO public.country_alias VALUES ('KN', 'St. Kitts & Nevis');
INSERT INTO public.country_alias VALUES ('KN', 'Saint Christopher and Nevis');
INSERT INTO public.country_alias VALUES ('KN', 'Federation of Saint Kitts and Nevis');
INSERT INTO public.country_alias VALUES ('KP', 'DPRK');
INSERT INTO public.country_alias VALUES ('KP', 'Democratic People''s Republic of Korea');
INSERT INTO public.country_alias VALUES ('KP', 'Korea, Democratic People''s Republic of');
INSERT INTO public.country_alias VALUES ('KR', 'Republic of Korea');
INSERT INTO public.country_alias VALUES ('KR', 'Korea, Republic of');
INSERT INTO public.country_alias VALUES ('KR', 'Korea');
INSERT INTO public.country_alias VALUES ('KW', 'State of Kuwait');
INSERT INTO public.country_alias VALUES ('KZ', 'Republic of Kazakhstan');
INSERT INTO public.country_alias VALUES ('KZ', 'Kazakstan');
INSERT INTO public.country_alias VALUES ('LA', 'Lao PDR');
INSERT INTO public.country_alias VALUES ('LA', 'Lao People''s Democratic Republic');
INSERT INTO public.country_alias VALUES ('LB', 'Lebanese Republic');
INSERT INTO public.country_alias VALUES ('LC', 'St. Lucia');
INSERT INTO public.country_alias VALUES ('LC', 'St Lucia');
INSERT INTO public.country_alias VALUES ('LI', 'Principality of Liechtenstein');
INSERT INTO public.country_alias VALUES ('LK', 'Democratic Socialist Republic of Sri Lanka');
INSERT INTO public.country_alias VALUES ('LK', 'Ceylon');
INSERT INTO public.country_alias VALUES ('LR', 'Republic of Liberia');
INSERT INTO public.country_alias VALUES ('LS', 'Kingdom of Lesotho');
INSERT INTO public.country_alias VALUES ('LS', 'Basutoland');
INSERT INTO public.country_alias VALUES ('LT', 'Republic of Lithuania');
INSERT INTO public.country_alias VALUES ('LU', 'Grand Duchy of Luxembourg');
INSERT INTO public.country_alias VALUES ('LV', 'Republic of Latvia');
INSERT INTO public.country_alias VALUES ('LY', 'State of Libya');
INSERT INTO public.country_alias VALUES ('LY', 'Libyan Arab Jamahiriya');
INSERT INTO public.country_alias VALUES ('MA', 'Kingdom of Morocco');
INSERT INTO public.country_alias VALUES ('MC', 'Principality of Monaco');
INSERT INTO public.country_alias VALUES ('MD', 'Republic of Moldova');
INSERT INTO public.country_alias VALUES ('MD', 'Moldova, Republic of');
INSERT INTO public.country_alias VALUES ('MD', 'Moldavia');
INSERT INTO public.country_alias VALUES ('MF', 'Saint Martin (French part)');
INSERT INTO public.country_alias VALUES ('MF', 'St. Martin');
INSERT INTO public.country_alias VALUES ('MF', 'St Martin');
INSERT INTO public.country_alias VALUES ('MF', 'Collectivity of Saint Martin');
INSERT INTO public.country_alias VALUES ('MG', 'Republic of Madagascar');
INSERT INTO public.country_alias VALUES ('MG', 'Malagasy Republic');
INSERT INTO public.country_alias VALUES ('MH', 'Republic of the Marshall Islands');
INSERT INTO public.country_alias VALUES ('MK', 'Macedonia');
INSERT INTO public.country_alias VALUES ('MK', 'FYROM');
INSERT INTO public.country_alias VALUES ('MK', 'Republic of North Macedonia');
INSERT INTO public.country_alias VALUES ('MK', 'Former Yugoslav Republic of Macedonia');
INSERT INTO public.country_alias VALUES ('ML', 'Republic of Mali');
INSERT INTO public.country_alias VALUES ('MM', 'Burma');
INSERT INTO public.country_alias VALUES ('MM', 'Republic of the Union of Myanmar');
INSERT INTO public.country_alias VALUES ('MM', 'Myanmar (Burma)');
INSERT INTO public.country_alias VALUES ('MO', 'Macau');
INSERT INTO public.country_alias VALUES ('MO', 'Macao SAR');
INSERT INTO public.country_alias VALUES ('MO', 'Macao SAR China');
INSERT INTO public.country_alias VALUES ('MO', 'Macao Special Administrative Region of China');
INSERT INTO public.country_alias VALUES ('MP', 'Commonwealth of the Northern Mariana Islands');
INSERT INTO public.country_alias VALUES ('MR', 'Islamic Republic of Mauritania');
INSERT INTO public.country_alias VALUES ('MT', 'Republic of Malta');
INSERT INTO public.country_alias VALUES ('MU', 'Republic of Mauritius');
INSERT INTO public.country_alias VALUES ('MV', 'Republic of Maldives');
INSERT INTO public.country_alias VALUES ('MV', 'The Maldives');
INSERT INTO public.country_alias VALUES ('MW', 'Republic of Malawi');
INSERT INTO public.country_alias VALUES ('MW', 'Nyasaland');
INSERT INTO public.country_alias VALUES ('MX', 'United Mexican States');
INSERT INTO public.country_alias VALUES ('MZ', 'Republic of Mozambique');
INSERT INTO public.country_alias VALUES ('NA', 'Republic of Namibia');
INSERT INTO public.country_alias VALUES ('NA', 'South West Africa');
INSERT INTO public.country_alias VALUES ('NE', 'Republic of the Niger');
INSERT INTO public.country_alias VALUES ('NE', 'Republic of Niger');
INSERT INTO public.country_alias VALUES ('NF', 'Territory of Norfolk Island');
INSERT INTO public.country_alias VALUES ('NG', 'Federal Republic of Nigeria');
INSERT INTO public.country_alias VALUES ('NI', 'Republic of Nicaragua');
INSERT INTO public.country_alias VALUES ('NL', 'Holland');
INSERT INTO public.country_alias VALUES ('NL', 'The Netherlands');
INSERT INTO public.country_alias VALUES ('NL', 'Kingdom of the Netherlands');
INSERT INTO public.country_alias VALUES ('NL', 'Netherlands, Kingdom of the');
INSERT INTO public.country_alias VALUES ('NO', 'Kingdom of Norway');
INSERT INTO public.country_alias VALUES ('NP', 'Federal Democratic Republic of Nepal');
INSERT INTO public.country_alias VALUES ('NR', 'Republic of Nauru');
INSERT INTO public.country_alias VALUES ('OM', 'Sultanate of Oman');
INSERT INTO public.country_alias VALUES ('PA', 'Republic of Panama');
INSERT INTO public.country_alias VALUES ('PE', 'Republic of Peru');
INSERT INTO public.country_alias VALUES ('PG', 'Independent State of Papua New Guinea');
INSERT INTO public.country_alias VALUES ('PH', 'Republic of the Philippines');
INSERT INTO public.country_alias VALUES ('PH', 'The Philippines');
INSERT INTO public.country_alias VALUES ('PK', 'Islamic Republic of Pakistan');
INSERT INTO public.country_alias VALUES ('PL', 'Republic of Poland');
INSERT INTO public.country_alias VALUES ('PM', 'St. Pierre and Miquelon');
INSERT INTO public.country_alias VALUES ('PM', 'St Pierre and Miquelon');
INSERT INTO public.country_alias VALUES ('PM', 'St. Pierre & Miquelon');
INSERT INTO public.country_alias VALUES ('PN', 'Pitcairn');
INSERT INTO public.country_alias VALUES ('PN', 'Pitcairn, Henderson, Ducie and Oeno Islands');
INSERT INTO public.country_alias VALUES ('PR', 'Commonwealth of Puerto Rico');
INSERT INTO public.country_alias VALUES ('PS', 'State of Palestine');
INSERT INTO public.country_alias VALUES ('PS', 'Palestine, State of');
INSERT INTO public.country_alias VALUES ('PS', 'Palestinian Territories');
INSERT INTO public.country_alias VALUES ('PS', 'Occupied Palestinian Territory');
INSERT INTO public.country_alias VALUES ('PT', 'Portuguese Republic');
INSERT INTO public.country_alias VALUES ('PW', 'Republic of Palau');
INSERT INTO public.country_alias VALUES ('PY', 'Republic of Paraguay');
INSERT INTO public.country_alias VALUES ('QA', 'State of Qatar');
INSERT INTO public.country_alias VALUES ('RE', 'Reunion');
INSERT INTO public.country_alias VALUES ('RE', 'La Réunion');
INSERT INTO public.country_alias VALUES ('RE', 'La Reunion');
INSERT INTO public.country_alias VALUES ('RO', 'Rumania');
INSERT INTO public.country_alias VALUES ('RO', 'Roumania');
INSERT INTO public.country_alias VALUES ('RS', 'Republic of Serbia');
INSERT INTO public.country_alias VALUES ('RU', 'Russian Federation');
INSERT INTO public.country_alias VALUES ('RW', 'Republic of Rwanda');
INSERT INTO public.country_alias VALUES ('SA', 'Kingdom of Saudi Arabia');
INSERT INTO public.country_alias VALUES ('SA', 'KSA');
INSERT INTO public.country_alias VALUES ('SC', 'Republic of Seychelles');
INSERT INTO public.country_alias VALUES ('SD', 'Republic of the Sudan');
INSERT INTO public.country_alias VALUES ('SD', 'The Sudan');
INSERT INTO public.country_alias VALUES ('SE', 'Kingdom of Sweden');
INSERT INTO public.country_alias VALUES ('SG', 'Republic of Singapore');
INSERT INTO public.country_alias VALUES ('SH', 'Saint Helena');
INSERT INTO public.country_alias VALUES ('SH', 'St. Helena');
INSERT INTO public.country_alias VALUES ('SH', 'St Helena');
INSERT INTO public.country_alias VALUES ('SI', 'Republic of Slovenia');
INSERT INTO public.country_alias VALUES ('SJ', 'Svalbard & Jan Mayen');
INSERT INTO public.country_alias VALUES ('SJ', 'Svalbard and Jan Mayen Islands');
INSERT INTO public.country_alias VALUES ('SK', 'Slovak Republic');
INSERT INTO public.country_alias VALUES ('SL', 'Republic of Sierra Leone');
INSERT INTO public.country_alias VALUES ('SM', 'Republic of San Marino');
INSERT INTO public.country_alias VALUES ('SN', 'Republic of Senegal');
INSERT INTO public.country_alias VALUES ('SO', 'Federal Republic of Somalia');
INSERT INTO public.country_alias VALUES ('SR', 'Republic of Suriname');
INSERT INTO public.country_alias VALUES ('SR', 'Surinam');
INSERT INTO public.country_alias VALUES ('SR', 'Dutch Guiana');
INSERT INTO public.country_alias VALUES ('SS', 'Republic of South Sudan');
INSERT INTO public.country_alias VALUES ('ST', 'Sao Tome and Principe');
INSERT INTO public.country_alias VALUES ('ST', 'São Tomé & Príncipe');
INSERT INTO public.country_alias VALUES ('ST', 'Sao Tome & Principe');
INSERT INTO public.country_alias VALUES ('ST', 'Democratic Republic of São Tomé and Príncipe');
INSERT INTO public.country_alias VALUES ('ST', 'Democratic Republic of Sao Tome and Principe');
INSERT INTO public.country_alias VALUES ('SV', 'Republic of El Salvador');
INSERT INTO public.country_alias VALUES ('SX', 'Sint Maarten (Dutch part)');
INSERT INTO public.country_alias VALUES ('SY', 'Syrian Arab Republic');
INSERT INTO public.country_alias VALUES ('SZ', 'Swaziland');
INSERT INTO public.country_alias VALUES ('SZ', 'Kingdom of Eswatini');
INSERT INTO public.country_alias VALUES ('TC', 'Turks & Caicos Islands');
INSERT INTO public.country_alias VALUES ('TD', 'Republic of Chad');
INSERT INTO public.country_alias VALUES ('TF', 'French Southern and Antarctic Lands');
INSERT INTO public.country_alias VALUES ('TF', 'TAAF');
INSERT INTO public.country_alias VALUES ('TG', 'Togolese Republic');
INSERT INTO public.country_alias VALUES ('TH', 'Kingdom of Thailand');
INSERT INTO public.country_alias VALUES ('TH', 'Siam');
INSERT INTO public.country_alias VALUES ('TJ', 'Republic of Tajikistan');
INSERT INTO public.country_alias VALUES ('TL', 'East Timor');
INSERT INTO public.country_alias VALUES ('TL', 'Democratic Republic of Timor-Leste');
INSERT INTO public.country_alias VALUES ('TN', 'Republic of Tunisia');
INSERT INTO public.country_alias VALUES ('TO', 'Kingdom of Tonga');
INSERT INTO public.country_alias VALUES ('TR', 'Turkiye');
INSERT INTO public.country_alias VALUES ('TR', 'Turkey');
INSERT INTO public.country_alias VALUES ('TR', 'Republic of Türkiye');
INSERT INTO public.country_alias VALUES ('TR', 'Republic of Turkiye');
INSERT INTO public.country_alias VALUES ('TR', 'Republic of Turkey');
INSERT INTO public.country_alias VALUES ('TT', 'Trinidad & Tobago');
INSERT INTO public.country_alias VALUES ('TT', 'Republic of Trinidad and Tobago');
INSERT INTO public.country_alias VALUES ('TW', 'Republic of China');
INSERT INTO public.country_alias VALUES ('TW', 'Chinese Taipei');
INSERT INTO public.country_alias VALUES ('TW', 'Taiwan, Province of China');
INSERT INTO public.country_alias VALUES ('TW', 'Formosa');
INSERT INTO public.country_alias VALUES ('TZ', 'United Republic of Tanzania');
INSERT INTO public.country_alias VALUES ('TZ', 'Tanzania, United Republic of');
INSERT INTO public.country_alias VALUES ('UA', 'The Ukraine');
INSERT INTO public.country_alias VALUES ('UG', 'Republic of Uganda');
INSERT INTO public.country_alias VALUES ('UM', 'U.S. Minor Outlying Islands');
INSERT INTO public.country_alias VALUES ('UM', 'US Minor Outlying Islands');
INSERT INTO public.country_alias VALUES ('UM', 'U.S. Outlying Islands');
INSERT INTO public.country_alias VALUES ('US', 'USA');
INSERT INTO public.country_alias VALUES ('US', 'U.S.A.');
INSERT INTO public.country_alias VALUES ('US', 'US');
INSERT INTO public.country_alias VALUES ('US', 'U.S.');
INSERT INTO public.country_alias VALUES ('US', 'United States of America');
INSERT INTO public.country_alias VALUES ('US', 'America');
INSERT INTO public.country_alias VALUES ('UY', 'Oriental Republic of Uruguay');
INSERT INTO public.country_alias VALUES ('UZ', 'Republic of Uzbekistan');
INSERT INTO public.country_alias VALUES ('VA', 'Holy See');
INSERT INTO public.country_alias VALUES ('VA', 'Vatican');
INSERT INTO public.country_alias VALUES ('VA', 'Vatican City State');
INSERT INTO public.country_alias VALUES ('VA', 'Holy See (Vatican City State)');
INSERT INTO public.country_alias VALUES ('VC', 'St. Vincent and the Grenadines');
INSERT INTO public.country_alias VALUES ('VC', 'St Vincent and the Grenadines');
INSERT INTO public.country_alias VALUES ('VC', 'St. Vincent & Grenadines');
INSERT INTO public.country_alias VALUES ('VE', 'Bolivarian Republic of Venezuela');
INSERT INTO public.country_alias VALUES ('VE', 'Venezuela (Bolivarian Republic of)');
INSERT INTO public.country_alias VALUES ('VG', 'Virgin Islands (British)');
INSERT INTO public.country_alias VALUES ('VG', 'BVI');
INSERT INTO public.country_alias VALUES ('VI', 'U.S. Virgin Islands');
INSERT INTO public.country_alias VALUES ('VI', 'US Virgin Islands');
INSERT INTO public.country_alias VALUES ('VI', 'Virgin Islands (U.S.)');
INSERT INTO public.country_alias VALUES ('VI', 'Virgin Islands of the United States');
INSERT INTO public.country_alias VALUES ('VN', 'Viet Nam');
INSERT INTO public.country_alias VALUES ('VN', 'Socialist Republic of Viet Nam');
INSERT INTO public.country_alias VALUES ('VN', 'Socialist Republic of Vietnam');
INSERT INTO public.country_alias VALUES ('VU', 'Republic of Vanuatu');
INSERT INTO public.country_alias VALUES ('VU', 'New Hebrides');
INSERT INTO public.country_alias VALUES ('WF', 'Wallis & Futuna');
INSERT INTO public.country_alias VALUES ('WF', 'Territory of the Wallis and Futuna Islands');
INSERT INTO public.country_alias VALUES ('WS', 'Independent State of Samoa');
INSERT INTO public.country_alias VALUES ('WS', 'Western Samoa');
INSERT INTO public.country_alias VALUES ('YE', 'Republic of Yemen');
INSERT INTO public.country_alias VALUES ('ZA', 'Republic of South Africa');
INSERT INTO public.country_alias VALUES ('ZM', 'Republic of Zambia');
INSERT INTO public.country_alias VALUES ('ZM', 'Northern Rhodesia');
INSERT INTO public.country_alias VALUES ('ZW', 'Republic of Zimbabwe');
INSERT INTO public.country_alias VALUES ('ZW', 'Rhodesia');


--
-- Data for Name: country_bloc; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.country_bloc VALUES ('AT', 'EU');
INSERT INTO public.country_bloc VALUES ('BE', 'EU');
INSERT INTO public.country_bloc VALUES ('BG', 'EU');
INSERT INTO public.country_bloc VALUES ('CY', 'EU');
INSERT INTO public.country_bloc VALUES ('CZ', 'EU');
INSERT INTO public.country_bloc VALUES ('DE', 'EU');
INSERT INTO public.country_bloc VALUES ('DK', 'EU');
INSERT INTO public.country_bloc VALUES ('EE', 'EU');
INSERT INTO public.country_bloc VALUES ('ES', 'EU');
INSERT INTO public.country_bloc VALUES ('FI', 'EU');
INSERT INTO public.country_bloc VALUES ('FR', 'EU');
INSERT INTO public.country_bloc VALUES ('GR', 'EU');
INSERT INTO public.country_bloc VALUES ('HR', 'EU');
INSERT INTO public.country_bloc VALUES ('HU', 'EU');
INSERT INTO public.country_bloc VALUES ('IE', 'EU');
INSERT INTO public.country_bloc VALUES ('IT', 'EU');
INSERT INTO public.country_bloc VALUES ('LT', 'EU');
INSERT INTO public.country_bloc VALUES ('LU', 'EU');
INSERT INTO public.country_bloc VALUES ('LV', 'EU');
INSERT INTO public.country_bloc VALUES ('MT', 'EU');
INSERT INTO public.country_bloc VALUES ('NL', 'EU');
INSERT INTO public.country_bloc VALUES ('PL', 'EU');
INSERT INTO public.country_bloc VALUES ('PT', 'EU');
INSERT INTO public.country_bloc VALUES ('RO', 'EU');
INSERT INTO public.country_bloc VALUES ('SE', 'EU');
INSERT INTO public.country_bloc VALUES ('SI', 'EU');
INSERT INTO public.country_bloc VALUES ('SK', 'EU');
INSERT INTO public.country_bloc VALUES ('AL', 'NATO');
INSERT INTO public.country_bloc VALUES ('BE', 'NATO');
INSERT INTO public.country_bloc VALUES ('BG', 'NATO');
INSERT INTO public.country_bloc VALUES ('CA', 'NATO');
INSERT INTO public.country_bloc VALUES ('CZ', 'NATO');
INSERT INTO public.country_bloc VALUES ('DE', 'NATO');
INSERT INTO public.country_bloc VALUES ('DK', 'NATO');
INSERT INTO public.country_bloc VALUES ('EE', 'NATO');
INSERT INTO public.country_bloc VALUES ('ES', 'NATO');
INSERT INTO public.country_bloc VALUES ('FI', 'NATO');
INSERT INTO public.country_bloc VALUES ('FR', 'NATO');
INSERT INTO public.country_bloc VALUES ('GB', 'NATO');
INSERT INTO public.country_bloc VALUES ('GR', 'NATO');
INSERT INTO public.country_bloc VALUES ('HR', 'NATO');
INSERT INTO public.country_bloc VALUES ('HU', 'NATO');
INSERT INTO public.country_bloc VALUES ('IS', 'NATO');
INSERT INTO public.country_bloc VALUES ('IT', 'NATO');
INSERT INTO public.country_bloc VALUES ('LT', 'NATO');
INSERT INTO public.country_bloc VALUES ('LU', 'NATO');
INSERT INTO public.country_bloc VALUES ('LV', 'NATO');
INSERT INTO public.country_bloc VALUES ('ME', 'NATO');
INSERT INTO public.country_bloc VALUES ('MK', 'NATO');
INSERT INTO public.country_bloc VALUES ('NL', 'NATO');
INSERT INTO public.country_bloc VALUES ('NO', 'NATO');
INSERT INTO public.country_bloc VALUES ('PL', 'NATO');
INSERT INTO public.country_bloc VALUES ('PT', 'NATO');
INSERT INTO public.country_bloc VALUES ('RO', 'NATO');
INSERT INTO public.country_bloc VALUES ('SE', 'NATO');
INSERT INTO public.country_bloc VALUES ('SI', 'NATO');
INSERT INTO public.country_bloc VALUES ('SK', 'NATO');
INSERT INTO public.country_bloc VALUES ('TR', 'NATO');
INSERT INTO public.country_bloc VALUES ('US', 'NATO');


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'schema', 'SQL', 'V1__schema.sql', 1571001933, 'postgres', '2026-12-02 20:55:39.708907', 40, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'country reference data', 'SQL', 'V2__country_reference_data.sql', 1145020381, 'postgres', '2026-12-02 20:55:39.825335', 21, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'change events', 'SQL', 'V3__change_events.sql', -2022291023, 'postgres', '2026-12-02 20:55:39.933899', 36, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'updated by', 'SQL', 'V4__updated_by.sql', -1415318890, 'postgres', '2026-12-02 20:55:40.002523', 8, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'tombstones', 'SQL', 'V5__tombstones.sql', -511838688, 'postgres', '2026-12-02 20:55:40.026697', 9, true);


--
-- Data for Name: membership; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.membership VALUES ('coalition-of-the-willing', 'GB', 'LEAD', 'ACTIVE', '2025-03-02', NULL, '[{"note": "after a ceasefire", "topic": "GROUND_TROOPS_IN_UKRAINE", "position": "CONDITIONAL"}]', 'Co-chair.', '[]', 1, '2025-03-02 12:00:00+00', '2025-03-10 12:00:00+00', 'editor-1');
INSERT INTO public.membership VALUES ('coalition-of-the-willing', 'FR', 'LEAD', 'ACTIVE', '2025-03-02', NULL, '[]', NULL, '[]', 0, '2025-03-02 12:00:00+00', '2025-03-02 12:00:00+00', 'editor-1');
INSERT INTO public.membership VALUES ('coalition-of-the-willing', 'TR', 'PARTNER', 'PROSPECTIVE', NULL, NULL, '[]', NULL, '[]', 4, '2025-03-15 12:00:00+00', '2025-03-15 12:00:00+00', 'editor-2');
INSERT INTO public.membership VALUES ('northern-group', 'NO', 'MEMBER', 'ACTIVE', '2025-05-01', '2025-09-30', '[]', NULL, '[]', 0, '2025-05-01 08:00:00+00', '2025-05-01 08:00:00+00', NULL);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, '2ed7dc5e-8f2d-4df7-98e7-463e2fea79c0', 'coalition-tracker.countries', 'AD', 0, 'org.coalitiontracker.country.upserted', '{"code": "AD", "name": "Andorra", "blocs": [], "alpha3": "AND", "aliases": ["Principality of Andorra"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (2, '3c77577a-3e77-41ef-bcd3-b0f906fb0ea0', 'coalition-tracker.countries', 'AE', 0, 'org.coalitiontracker.country.upserted', '{"code": "AE", "name": "United Arab Emirates", "blocs": [], "alpha3": "ARE", "aliases": ["Emirates", "UAE"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (3, 'b0d1d31f-290d-402e-abb2-b5941e6ae325', 'coalition-tracker.countries', 'AF', 0, 'org.coalitiontracker.country.upserted', '{"code": "AF", "name": "Afghanistan", "blocs": [], "alpha3": "AFG", "aliases": ["Islamic Emirate of Afghanistan", "Islamic Republic of Afghanistan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (4, '48ef1e31-ba7d-4c01-8058-06e2ba2c5390', 'coalition-tracker.countries', 'AG', 0, 'org.coalitiontracker.country.upserted', '{"code": "AG", "name": "Antigua and Barbuda", "blocs": [], "alpha3": "ATG", "aliases": ["Antigua & Barbuda"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (5, '2dcbeb8b-0420-4bf8-94f4-644e653e3a6b', 'coalition-tracker.countries', 'AI', 0, 'org.coalitiontracker.country.upserted', '{"code": "AI", "name": "Anguilla", "blocs": [], "alpha3": "AIA", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (6, 'e741b633-6afd-4fa1-8b38-2eff3a13a199', 'coalition-tracker.countries', 'AL', 0, 'org.coalitiontracker.country.upserted', '{"code": "AL", "name": "Albania", "blocs": ["NATO"], "alpha3": "ALB", "aliases": ["Republic of Albania"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (7, 'ceb30bb6-05fb-4695-941e-5faea6503c57', 'coalition-tracker.countries', 'AM', 0, 'org.coalitiontracker.country.upserted', '{"code": "AM", "name": "Armenia", "blocs": [], "alpha3": "ARM", "aliases": ["Republic of Armenia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (8, '802cad3e-5638-4d28-b88c-47226d9dda79', 'coalition-tracker.countries', 'AO', 0, 'org.coalitiontracker.country.upserted', '{"code": "AO", "name": "Angola", "blocs": [], "alpha3": "AGO", "aliases": ["Republic of Angola"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (9, '4ed9129c-b160-49e0-9bbf-77a2d73f7d1f', 'coalition-tracker.countries', 'AQ', 0, 'org.coalitiontracker.country.upserted', '{"code": "AQ", "name": "Antarctica", "blocs": [], "alpha3": "ATA", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (10, '299e271c-0a59-4455-b821-f3205c182a6e', 'coalition-tracker.countries', 'AR', 0, 'org.coalitiontracker.country.upserted', '{"code": "AR", "name": "Argentina", "blocs": [], "alpha3": "ARG", "aliases": ["Argentine Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (11, '854cc451-b400-4c7b-b918-c0b12ab5f457', 'coalition-tracker.countries', 'AS', 0, 'org.coalitiontracker.country.upserted', '{"code": "AS", "name": "American Samoa", "blocs": [], "alpha3": "ASM", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (12, '0c064ffc-8d1a-4b71-bde7-9603f55485e6', 'coalition-tracker.countries', 'AT', 0, 'org.coalitiontracker.country.upserted', '{"code": "AT", "name": "Austria", "blocs": ["EU"], "alpha3": "AUT", "aliases": ["Republic of Austria"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (13, '7bf731c8-6f38-4445-a7e6-c5ec6123b073', 'coalition-tracker.countries', 'AU', 0, 'org.coalitiontracker.country.upserted', '{"code": "AU", "name": "Australia", "blocs": [], "alpha3": "AUS", "aliases": ["Commonwealth of Australia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (14, '3697959c-f469-4983-b458-9e25c0adddca', 'coalition-tracker.countries', 'AW', 0, 'org.coalitiontracker.country.upserted', '{"code": "AW", "name": "Aruba", "blocs": [], "alpha3": "ABW", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (15, 'c9ecd575-f097-49a1-a285-e8c2d5a9aebd', 'coalition-tracker.countries', 'AX', 0, 'org.coalitiontracker.country.upserted', '{"code": "AX", "name": "Åland Islands", "blocs": [], "alpha3": "ALA", "aliases": ["Aland", "Aland Islands", "Åland"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (16, '4fd1e414-acb3-4f94-ba4d-2cf216f134f0', 'coalition-tracker.countries', 'AZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "AZ", "name": "Azerbaijan", "blocs": [], "alpha3": "AZE", "aliases": ["Republic of Azerbaijan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (17, '83261492-8248-4424-a4cc-d74aed8643b7', 'coalition-tracker.countries', 'BA', 0, 'org.coalitiontracker.country.upserted', '{"code": "BA", "name": "Bosnia and Herzegovina", "blocs": [], "alpha3": "BIH", "aliases": ["Bosnia", "Bosnia & Herzegovina", "Bosnia-Herzegovina"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (18, 'c26b11ce-cc5a-44b7-962e-07cd6bd5fc2f', 'coalition-tracker.countries', 'BB', 0, 'org.coalitiontracker.country.upserted', '{"code": "BB", "name": "Barbados", "blocs": [], "alpha3": "BRB", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (19, '84b44a95-01af-405c-b410-8ff75cdc4273', 'coalition-tracker.countries', 'BD', 0, 'org.coalitiontracker.country.upserted', '{"code": "BD", "name": "Bangladesh", "blocs": [], "alpha3": "BGD", "aliases": ["East Pakistan", "People''s Republic of Bangladesh"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (20, '59a339fa-45cf-441a-aae4-5a65cc053822', 'coalition-tracker.countries', 'BE', 0, 'org.coalitiontracker.country.upserted', '{"code": "BE", "name": "Belgium", "blocs": ["EU", "NATO"], "alpha3": "BEL", "aliases": ["Kingdom of Belgium"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (21, '6cb27e0e-bf8a-4882-836e-b55af2a9dbc1', 'coalition-tracker.countries', 'BF', 0, 'org.coalitiontracker.country.upserted', '{"code": "BF", "name": "Burkina Faso", "blocs": [], "alpha3": "BFA", "aliases": ["Upper Volta"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (84, '248529c5-acd6-45b2-9639-3539a827903e', 'coalition-tracker.countries', 'GL', 0, 'org.coalitiontracker.country.upserted', '{"code": "GL", "name": "Greenland", "blocs": [], "alpha3": "GRL", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (22, '170f2820-d1c8-4a75-b46b-3e783382b8ee', 'coalition-tracker.countries', 'BG', 0, 'org.coalitiontracker.country.upserted', '{"code": "BG", "name": "Bulgaria", "blocs": ["EU", "NATO"], "alpha3": "BGR", "aliases": ["Republic of Bulgaria"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (23, 'cd13e3e7-9c21-41d9-9aa3-92a26286e085', 'coalition-tracker.countries', 'BH', 0, 'org.coalitiontracker.country.upserted', '{"code": "BH", "name": "Bahrain", "blocs": [], "alpha3": "BHR", "aliases": ["Kingdom of Bahrain"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (24, '4395aafe-6d0f-441f-b51a-92971342b4fb', 'coalition-tracker.countries', 'BI', 0, 'org.coalitiontracker.country.upserted', '{"code": "BI", "name": "Burundi", "blocs": [], "alpha3": "BDI", "aliases": ["Republic of Burundi"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (25, '2ddec758-1cba-473c-8c6f-85b1bd8ba250', 'coalition-tracker.countries', 'BJ', 0, 'org.coalitiontracker.country.upserted', '{"code": "BJ", "name": "Benin", "blocs": [], "alpha3": "BEN", "aliases": ["Dahomey", "Republic of Benin"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (26, '93069419-61e0-40b1-9378-d0864c351814', 'coalition-tracker.countries', 'BL', 0, 'org.coalitiontracker.country.upserted', '{"code": "BL", "name": "Saint Barthélemy", "blocs": [], "alpha3": "BLM", "aliases": ["Collectivity of Saint Barthelemy", "Collectivity of Saint Barthélemy", "Saint Barthelemy", "Saint Barts", "Saint-Barthelemy", "Saint-Barthélemy", "St Barthelemy", "St Barthélemy", "St Barts", "St. Barthelemy", "St. Barthélemy", "St. Barts"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (27, '56284d3c-8cb1-4440-8ab9-e642647757e9', 'coalition-tracker.countries', 'BM', 0, 'org.coalitiontracker.country.upserted', '{"code": "BM", "name": "Bermuda", "blocs": [], "alpha3": "BMU", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (28, '6526ea67-b6e0-4c5e-ba73-e00a25d05e13', 'coalition-tracker.countries', 'BN', 0, 'org.coalitiontracker.country.upserted', '{"code": "BN", "name": "Brunei", "blocs": [], "alpha3": "BRN", "aliases": ["Brunei Darussalam", "Nation of Brunei"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (29, '4cf6f1d7-fb15-4c46-bd98-1be4f3b90bf0', 'coalition-tracker.countries', 'BO', 0, 'org.coalitiontracker.country.upserted', '{"code": "BO", "name": "Bolivia", "blocs": [], "alpha3": "BOL", "aliases": ["Bolivia (Plurinational State of)", "Plurinational State of Bolivia", "Republic of Bolivia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (30, 'c4ff3051-18c3-4bb8-9424-1e9c6403fb8a', 'coalition-tracker.countries', 'BQ', 0, 'org.coalitiontracker.country.upserted', '{"code": "BQ", "name": "Bonaire, Sint Eustatius and Saba", "blocs": [], "alpha3": "BES", "aliases": ["BES Islands", "Bonaire, Saint Eustatius and Saba", "Caribbean Netherlands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (31, 'ac79c7b5-638a-449c-a50d-e6fc12671a98', 'coalition-tracker.countries', 'BR', 0, 'org.coalitiontracker.country.upserted', '{"code": "BR", "name": "Brazil", "blocs": [], "alpha3": "BRA", "aliases": ["Federative Republic of Brazil"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (32, '75392d7d-0142-4a2b-815c-23f779056bdf', 'coalition-tracker.countries', 'BS', 0, 'org.coalitiontracker.country.upserted', '{"code": "BS", "name": "Bahamas", "blocs": [], "alpha3": "BHS", "aliases": ["Commonwealth of The Bahamas", "The Bahamas"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (33, '04090848-f89b-4418-a0a7-fda008a9e055', 'coalition-tracker.countries', 'BT', 0, 'org.coalitiontracker.country.upserted', '{"code": "BT", "name": "Bhutan", "blocs": [], "alpha3": "BTN", "aliases": ["Kingdom of Bhutan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (34, '8c19573a-f7cd-45bd-ae23-7a180addc66a', 'coalition-tracker.countries', 'BV', 0, 'org.coalitiontracker.country.upserted', '{"code": "BV", "name": "Bouvet Island", "blocs": [], "alpha3": "BVT", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (35, '0979d8ee-2d16-46a9-8763-cb14ea06deca', 'coalition-tracker.countries', 'BW', 0, 'org.coalitiontracker.country.upserted', '{"code": "BW", "name": "Botswana", "blocs": [], "alpha3": "BWA", "aliases": ["Bechuanaland", "Republic of Botswana"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (36, '8e0f67cf-d124-424a-8f1e-3bd82185dfa5', 'coalition-tracker.countries', 'BY', 0, 'org.coalitiontracker.country.upserted', '{"code": "BY", "name": "Belarus", "blocs": [], "alpha3": "BLR", "aliases": ["Belorussia", "Byelorussia", "Republic of Belarus"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (37, '8c8bf48d-7abc-4958-a733-faab56a2c0d2', 'coalition-tracker.countries', 'BZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "BZ", "name": "Belize", "blocs": [], "alpha3": "BLZ", "aliases": ["British Honduras"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (38, '0969a28d-78c9-4d07-b176-eb12c2d8318f', 'coalition-tracker.countries', 'CA', 0, 'org.coalitiontracker.country.upserted', '{"code": "CA", "name": "Canada", "blocs": ["NATO"], "alpha3": "CAN", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (39, 'e786cd1e-bde0-435f-9543-cfaa6261f57e', 'coalition-tracker.countries', 'CC', 0, 'org.coalitiontracker.country.upserted', '{"code": "CC", "name": "Cocos (Keeling) Islands", "blocs": [], "alpha3": "CCK", "aliases": ["Cocos Islands", "Keeling Islands", "Territory of Cocos (Keeling) Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (40, 'ea137f21-fbf9-4eac-8e01-12334c7cb6f9', 'coalition-tracker.countries', 'CD', 0, 'org.coalitiontracker.country.upserted', '{"code": "CD", "name": "Democratic Republic of the Congo", "blocs": [], "alpha3": "COD", "aliases": ["Congo (Kinshasa)", "Congo, Democratic Republic of the", "Congo, The Democratic Republic of the", "Congo-Kinshasa", "DR Congo", "DRC", "Democratic Republic of Congo", "Zaire"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (41, 'cc1e2151-3e26-4743-b5dd-04b3f9da1e3c', 'coalition-tracker.countries', 'CF', 0, 'org.coalitiontracker.country.upserted', '{"code": "CF", "name": "Central African Republic", "blocs": [], "alpha3": "CAF", "aliases": ["Central African Empire"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (42, 'dfbabdc4-c05f-4f37-ad57-2fdaea90e3ef', 'coalition-tracker.countries', 'CG', 0, 'org.coalitiontracker.country.upserted', '{"code": "CG", "name": "Republic of the Congo", "blocs": [], "alpha3": "COG", "aliases": ["Congo", "Congo (Brazzaville)", "Congo Republic", "Congo, Republic of the", "Congo-Brazzaville"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (43, '6aeee087-7a21-40f2-9b8e-f66bd7a35c07', 'coalition-tracker.countries', 'CH', 0, 'org.coalitiontracker.country.upserted', '{"code": "CH", "name": "Switzerland", "blocs": [], "alpha3": "CHE", "aliases": ["Swiss Confederation"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (44, '3c8556db-9dab-4b54-a714-68eb5accbcf8', 'coalition-tracker.countries', 'CI', 0, 'org.coalitiontracker.country.upserted', '{"code": "CI", "name": "Côte d''Ivoire", "blocs": [], "alpha3": "CIV", "aliases": ["Cote d''Ivoire", "Ivory Coast", "Republic of Cote d''Ivoire", "Republic of Côte d''Ivoire"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (45, 'd7dbd6ab-e52b-4fd7-95d1-86ccea0bbe2a', 'coalition-tracker.countries', 'CK', 0, 'org.coalitiontracker.country.upserted', '{"code": "CK", "name": "Cook Islands", "blocs": [], "alpha3": "COK", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (46, 'a39f7e13-0af3-4922-b4f7-60ef1911d689', 'coalition-tracker.countries', 'CL', 0, 'org.coalitiontracker.country.upserted', '{"code": "CL", "name": "Chile", "blocs": [], "alpha3": "CHL", "aliases": ["Republic of Chile"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (47, 'd0afe0c2-5397-4417-a6be-cacc7727ae0a', 'coalition-tracker.countries', 'CM', 0, 'org.coalitiontracker.country.upserted', '{"code": "CM", "name": "Cameroon", "blocs": [], "alpha3": "CMR", "aliases": ["Republic of Cameroon"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (48, 'f7f17877-9e5f-4f8c-919d-f683785ebdb9', 'coalition-tracker.countries', 'CN', 0, 'org.coalitiontracker.country.upserted', '{"code": "CN", "name": "China", "blocs": [], "alpha3": "CHN", "aliases": ["PRC", "People''s Republic of China"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (49, '6776b48f-c1cd-4b51-96d9-872c1b517d27', 'coalition-tracker.countries', 'CO', 0, 'org.coalitiontracker.country.upserted', '{"code": "CO", "name": "Colombia", "blocs": [], "alpha3": "COL", "aliases": ["Republic of Colombia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (50, '4cbb04f1-0637-483e-8294-1d357b88ec20', 'coalition-tracker.countries', 'CR', 0, 'org.coalitiontracker.country.upserted', '{"code": "CR", "name": "Costa Rica", "blocs": [], "alpha3": "CRI", "aliases": ["Republic of Costa Rica"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (51, 'e26281d5-52db-4289-ad0c-73ec80ab1246', 'coalition-tracker.countries', 'CU', 0, 'org.coalitiontracker.country.upserted', '{"code": "CU", "name": "Cuba", "blocs": [], "alpha3": "CUB", "aliases": ["Republic of Cuba"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (52, 'aafa1564-c854-4384-82de-0b157d63704d', 'coalition-tracker.countries', 'CV', 0, 'org.coalitiontracker.country.upserted', '{"code": "CV", "name": "Cabo Verde", "blocs": [], "alpha3": "CPV", "aliases": ["Cape Verde", "Republic of Cabo Verde"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (53, '6b49ec9e-0a70-4e34-a650-4e4b1ebdaed5', 'coalition-tracker.countries', 'CW', 0, 'org.coalitiontracker.country.upserted', '{"code": "CW", "name": "Curaçao", "blocs": [], "alpha3": "CUW", "aliases": ["Country of Curacao", "Country of Curaçao", "Curacao"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (54, '0614e1b5-9dcb-44b0-9efc-86d2cbdbbaef', 'coalition-tracker.countries', 'CX', 0, 'org.coalitiontracker.country.upserted', '{"code": "CX", "name": "Christmas Island", "blocs": [], "alpha3": "CXR", "aliases": ["Territory of Christmas Island"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (55, '116c7111-386e-4e3a-ae6f-c9ceec5d79b2', 'coalition-tracker.countries', 'CY', 0, 'org.coalitiontracker.country.upserted', '{"code": "CY", "name": "Cyprus", "blocs": ["EU"], "alpha3": "CYP", "aliases": ["Republic of Cyprus"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (56, '25461417-1d24-4d09-867f-a7ed3f7e9131', 'coalition-tracker.countries', 'CZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "CZ", "name": "Czechia", "blocs": ["EU", "NATO"], "alpha3": "CZE", "aliases": ["Czech Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (57, '74fe8106-3da6-434c-9252-c5bc3154b6b0', 'coalition-tracker.countries', 'DE', 0, 'org.coalitiontracker.country.upserted', '{"code": "DE", "name": "Germany", "blocs": ["EU", "NATO"], "alpha3": "DEU", "aliases": ["Federal Republic of Germany"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (58, '0fc6c1cf-83cd-4cc2-b36d-9cdc75abb88a', 'coalition-tracker.countries', 'DJ', 0, 'org.coalitiontracker.country.upserted', '{"code": "DJ", "name": "Djibouti", "blocs": [], "alpha3": "DJI", "aliases": ["Republic of Djibouti"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (59, '49d5788d-d87e-4da2-8266-67fade2b2171', 'coalition-tracker.countries', 'DK', 0, 'org.coalitiontracker.country.upserted', '{"code": "DK", "name": "Denmark", "blocs": ["EU", "NATO"], "alpha3": "DNK", "aliases": ["Kingdom of Denmark"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (60, '14802783-481e-4c49-9d5f-6c90cba46278', 'coalition-tracker.countries', 'DM', 0, 'org.coalitiontracker.country.upserted', '{"code": "DM", "name": "Dominica", "blocs": [], "alpha3": "DMA", "aliases": ["Commonwealth of Dominica"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (61, '32a63bf0-523f-41b3-b75c-2741f6a7c7fd', 'coalition-tracker.countries', 'DO', 0, 'org.coalitiontracker.country.upserted', '{"code": "DO", "name": "Dominican Republic", "blocs": [], "alpha3": "DOM", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (62, 'f0a530e0-9af9-4429-a2f0-682064ae96a9', 'coalition-tracker.countries', 'DZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "DZ", "name": "Algeria", "blocs": [], "alpha3": "DZA", "aliases": ["People''s Democratic Republic of Algeria"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (63, '23c56919-fc25-4067-b06f-3cf75c3ef0f0', 'coalition-tracker.countries', 'EC', 0, 'org.coalitiontracker.country.upserted', '{"code": "EC", "name": "Ecuador", "blocs": [], "alpha3": "ECU", "aliases": ["Republic of Ecuador"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (64, '7068e716-903f-49de-bfa3-18708f5d273f', 'coalition-tracker.countries', 'EE', 0, 'org.coalitiontracker.country.upserted', '{"code": "EE", "name": "Estonia", "blocs": ["EU", "NATO"], "alpha3": "EST", "aliases": ["Republic of Estonia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (65, '5a7e463a-91e6-4f8f-8921-49800d5ecf7b', 'coalition-tracker.countries', 'EG', 0, 'org.coalitiontracker.country.upserted', '{"code": "EG", "name": "Egypt", "blocs": [], "alpha3": "EGY", "aliases": ["Arab Republic of Egypt"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (66, '7ae2914e-4bc4-4beb-b7e8-5f89c945d995', 'coalition-tracker.countries', 'EH', 0, 'org.coalitiontracker.country.upserted', '{"code": "EH", "name": "Western Sahara", "blocs": [], "alpha3": "ESH", "aliases": ["Spanish Sahara"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (67, '95cb80c3-63d4-4696-806e-05aa54d2e260', 'coalition-tracker.countries', 'ER', 0, 'org.coalitiontracker.country.upserted', '{"code": "ER", "name": "Eritrea", "blocs": [], "alpha3": "ERI", "aliases": ["State of Eritrea"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (68, '190d63eb-db81-4fca-8d23-fa6a83f1e7d9', 'coalition-tracker.countries', 'ES', 0, 'org.coalitiontracker.country.upserted', '{"code": "ES", "name": "Spain", "blocs": ["EU", "NATO"], "alpha3": "ESP", "aliases": ["Kingdom of Spain"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (69, '77215acf-00c3-453f-bf66-103d78776d51', 'coalition-tracker.countries', 'ET', 0, 'org.coalitiontracker.country.upserted', '{"code": "ET", "name": "Ethiopia", "blocs": [], "alpha3": "ETH", "aliases": ["Abyssinia", "Federal Democratic Republic of Ethiopia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (70, '056a1850-8861-4638-911c-b64268b4e1ee', 'coalition-tracker.countries', 'FI', 0, 'org.coalitiontracker.country.upserted', '{"code": "FI", "name": "Finland", "blocs": ["EU", "NATO"], "alpha3": "FIN", "aliases": ["Republic of Finland"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (71, '96980f6a-f259-45c3-afb8-297f3fc4d78c', 'coalition-tracker.countries', 'FJ', 0, 'org.coalitiontracker.country.upserted', '{"code": "FJ", "name": "Fiji", "blocs": [], "alpha3": "FJI", "aliases": ["Republic of Fiji"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (72, 'c9f74294-1e0d-4f96-a219-b9fc360f292a', 'coalition-tracker.countries', 'FK', 0, 'org.coalitiontracker.country.upserted', '{"code": "FK", "name": "Falkland Islands", "blocs": [], "alpha3": "FLK", "aliases": ["Falkland Islands (Malvinas)", "Falklands", "Malvinas"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (73, '7a970b95-7730-42f2-9cb8-2622419a3d52', 'coalition-tracker.countries', 'FM', 0, 'org.coalitiontracker.country.upserted', '{"code": "FM", "name": "Micronesia", "blocs": [], "alpha3": "FSM", "aliases": ["Federated States of Micronesia", "Micronesia (Federated States of)", "Micronesia, Federated States of"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (74, '1e124000-9c77-42b3-ab02-1be45a77de23', 'coalition-tracker.countries', 'FO', 0, 'org.coalitiontracker.country.upserted', '{"code": "FO", "name": "Faroe Islands", "blocs": [], "alpha3": "FRO", "aliases": ["Faeroe Islands", "Faroes"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (75, 'bebd61eb-1427-4936-9614-df42cbf5935d', 'coalition-tracker.countries', 'FR', 0, 'org.coalitiontracker.country.upserted', '{"code": "FR", "name": "France", "blocs": ["EU", "NATO"], "alpha3": "FRA", "aliases": ["French Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (76, '90e3556d-af49-4529-8b04-a06ac3f6a482', 'coalition-tracker.countries', 'GA', 0, 'org.coalitiontracker.country.upserted', '{"code": "GA", "name": "Gabon", "blocs": [], "alpha3": "GAB", "aliases": ["Gabonese Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (77, 'acb61ff6-279a-4a10-982d-f8d14f545fab', 'coalition-tracker.countries', 'GB', 0, 'org.coalitiontracker.country.upserted', '{"code": "GB", "name": "United Kingdom", "blocs": ["NATO"], "alpha3": "GBR", "aliases": ["Britain", "Great Britain", "U.K.", "UK", "United Kingdom of Great Britain and Northern Ireland"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (78, '3f6b0b69-97a9-448e-808b-1221f363bb82', 'coalition-tracker.countries', 'GD', 0, 'org.coalitiontracker.country.upserted', '{"code": "GD", "name": "Grenada", "blocs": [], "alpha3": "GRD", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (79, '5a321243-4eb6-48ab-b489-70604f51bab2', 'coalition-tracker.countries', 'GE', 0, 'org.coalitiontracker.country.upserted', '{"code": "GE", "name": "Georgia", "blocs": [], "alpha3": "GEO", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (80, '0be0e3ce-8bdf-49b8-9ef1-76c50f4b938f', 'coalition-tracker.countries', 'GF', 0, 'org.coalitiontracker.country.upserted', '{"code": "GF", "name": "French Guiana", "blocs": [], "alpha3": "GUF", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (81, '18eb6b37-90b8-4ce8-8c48-f4d3d1894682', 'coalition-tracker.countries', 'GG', 0, 'org.coalitiontracker.country.upserted', '{"code": "GG", "name": "Guernsey", "blocs": [], "alpha3": "GGY", "aliases": ["Bailiwick of Guernsey"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (82, '201bf9cd-dff5-4e17-88b7-67bc3dc2d005', 'coalition-tracker.countries', 'GH', 0, 'org.coalitiontracker.country.upserted', '{"code": "GH", "name": "Ghana", "blocs": [], "alpha3": "GHA", "aliases": ["Gold Coast", "Republic of Ghana"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (83, '7f948d78-ffd6-4167-b1ae-74f1dff20271', 'coalition-tracker.countries', 'GI', 0, 'org.coalitiontracker.country.upserted', '{"code": "GI", "name": "Gibraltar", "blocs": [], "alpha3": "GIB", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (85, 'e131b2b4-be0c-4e2c-b960-bcee224b77ef', 'coalition-tracker.countries', 'GM', 0, 'org.coalitiontracker.country.upserted', '{"code": "GM", "name": "Gambia", "blocs": [], "alpha3": "GMB", "aliases": ["Republic of The Gambia", "The Gambia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (86, 'c3d417f0-cfea-4ff4-8e84-d59005f191c3', 'coalition-tracker.countries', 'GN', 0, 'org.coalitiontracker.country.upserted', '{"code": "GN", "name": "Guinea", "blocs": [], "alpha3": "GIN", "aliases": ["Guinea-Conakry", "Republic of Guinea"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (87, '5ecdc269-6860-41c8-8d4b-41a4ebf1e1dc', 'coalition-tracker.countries', 'GP', 0, 'org.coalitiontracker.country.upserted', '{"code": "GP", "name": "Guadeloupe", "blocs": [], "alpha3": "GLP", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (88, '74fb4032-f242-4533-a868-301ab3882fe6', 'coalition-tracker.countries', 'GQ', 0, 'org.coalitiontracker.country.upserted', '{"code": "GQ", "name": "Equatorial Guinea", "blocs": [], "alpha3": "GNQ", "aliases": ["Republic of Equatorial Guinea"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (89, 'bb2fddcf-e03c-489c-b40b-db8b365bf918', 'coalition-tracker.countries', 'GR', 0, 'org.coalitiontracker.country.upserted', '{"code": "GR", "name": "Greece", "blocs": ["EU", "NATO"], "alpha3": "GRC", "aliases": ["Hellas", "Hellenic Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (90, '451bdf30-5f7d-4a7b-b561-7d9b27fa8227', 'coalition-tracker.countries', 'GS', 0, 'org.coalitiontracker.country.upserted', '{"code": "GS", "name": "South Georgia and the South Sandwich Islands", "blocs": [], "alpha3": "SGS", "aliases": ["South Georgia & South Sandwich Islands", "South Georgia and South Sandwich Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (91, '01cb862b-809a-4854-a3e7-778d6558bc00', 'coalition-tracker.countries', 'GT', 0, 'org.coalitiontracker.country.upserted', '{"code": "GT", "name": "Guatemala", "blocs": [], "alpha3": "GTM", "aliases": ["Republic of Guatemala"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (92, '88a78add-31c6-4481-8977-88f1dcfd86bb', 'coalition-tracker.countries', 'GU', 0, 'org.coalitiontracker.country.upserted', '{"code": "GU", "name": "Guam", "blocs": [], "alpha3": "GUM", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (93, 'cfde5015-256e-46c4-b78d-b689d6ec5658', 'coalition-tracker.countries', 'GW', 0, 'org.coalitiontracker.country.upserted', '{"code": "GW", "name": "Guinea-Bissau", "blocs": [], "alpha3": "GNB", "aliases": ["Portuguese Guinea", "Republic of Guinea-Bissau"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (94, '9271c157-b68e-4587-8f7a-81b0f4545042', 'coalition-tracker.countries', 'GY', 0, 'org.coalitiontracker.country.upserted', '{"code": "GY", "name": "Guyana", "blocs": [], "alpha3": "GUY", "aliases": ["British Guiana", "Co-operative Republic of Guyana"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (95, '92250768-506c-47ce-a2e8-ea00022ff9ca', 'coalition-tracker.countries', 'HK', 0, 'org.coalitiontracker.country.upserted', '{"code": "HK", "name": "Hong Kong", "blocs": [], "alpha3": "HKG", "aliases": ["Hong Kong SAR", "Hong Kong SAR China", "Hong Kong Special Administrative Region of China"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (96, '8e04b94b-2493-49c6-a3cd-098cc24ecdf0', 'coalition-tracker.countries', 'HM', 0, 'org.coalitiontracker.country.upserted', '{"code": "HM", "name": "Heard Island and McDonald Islands", "blocs": [], "alpha3": "HMD", "aliases": ["Heard & McDonald Islands", "Heard and McDonald Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (97, '22cc526f-5798-46d7-9b68-26bf442ba839', 'coalition-tracker.countries', 'HN', 0, 'org.coalitiontracker.country.upserted', '{"code": "HN", "name": "Honduras", "blocs": [], "alpha3": "HND", "aliases": ["Republic of Honduras"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (98, 'de415fd1-6127-470c-bbf6-087cb735e550', 'coalition-tracker.countries', 'HR', 0, 'org.coalitiontracker.country.upserted', '{"code": "HR", "name": "Croatia", "blocs": ["EU", "NATO"], "alpha3": "HRV", "aliases": ["Republic of Croatia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (99, '3711681c-416d-455d-80d0-942ae88d7c44', 'coalition-tracker.countries', 'HT', 0, 'org.coalitiontracker.country.upserted', '{"code": "HT", "name": "Haiti", "blocs": [], "alpha3": "HTI", "aliases": ["Republic of Haiti"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (100, '2a35280a-9bfa-40d1-8eff-a4e2c9dff73e', 'coalition-tracker.countries', 'HU', 0, 'org.coalitiontracker.country.upserted', '{"code": "HU", "name": "Hungary", "blocs": ["EU", "NATO"], "alpha3": "HUN", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (101, '16949719-ff1c-4ffd-af55-f2729fbf89eb', 'coalition-tracker.countries', 'ID', 0, 'org.coalitiontracker.country.upserted', '{"code": "ID", "name": "Indonesia", "blocs": [], "alpha3": "IDN", "aliases": ["Republic of Indonesia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (102, 'fe370f85-2d69-4146-9622-590f5113759e', 'coalition-tracker.countries', 'IE', 0, 'org.coalitiontracker.country.upserted', '{"code": "IE", "name": "Ireland", "blocs": ["EU"], "alpha3": "IRL", "aliases": ["Republic of Ireland"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (103, '5eac7627-e283-43d4-8531-1c474b0a69fa', 'coalition-tracker.countries', 'IL', 0, 'org.coalitiontracker.country.upserted', '{"code": "IL", "name": "Israel", "blocs": [], "alpha3": "ISR", "aliases": ["State of Israel"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (104, '4cfb0cad-9b7e-4eba-9af8-00ef7044b0b4', 'coalition-tracker.countries', 'IM', 0, 'org.coalitiontracker.country.upserted', '{"code": "IM", "name": "Isle of Man", "blocs": [], "alpha3": "IMN", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (105, 'f8a5eaa3-5dd7-420a-bf2a-42e89737b8bc', 'coalition-tracker.countries', 'IN', 0, 'org.coalitiontracker.country.upserted', '{"code": "IN", "name": "India", "blocs": [], "alpha3": "IND", "aliases": ["Republic of India"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (106, '639a44e2-1265-4cfb-97eb-27475de22772', 'coalition-tracker.countries', 'IO', 0, 'org.coalitiontracker.country.upserted', '{"code": "IO", "name": "British Indian Ocean Territory", "blocs": [], "alpha3": "IOT", "aliases": ["BIOT", "Chagos Archipelago", "Chagos Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (107, '518d54dd-79b4-40a6-a676-155a8c8b00e0', 'coalition-tracker.countries', 'IQ', 0, 'org.coalitiontracker.country.upserted', '{"code": "IQ", "name": "Iraq", "blocs": [], "alpha3": "IRQ", "aliases": ["Republic of Iraq"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (108, 'c2b6412e-d55a-4753-8aff-d1e4c3bf45ac', 'coalition-tracker.countries', 'IR', 0, 'org.coalitiontracker.country.upserted', '{"code": "IR", "name": "Iran", "blocs": [], "alpha3": "IRN", "aliases": ["Iran (Islamic Republic of)", "Iran, Islamic Republic of", "Islamic Republic of Iran", "Persia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (109, '7c410b35-9c62-4277-aeac-3288ee84b3b7', 'coalition-tracker.countries', 'IS', 0, 'org.coalitiontracker.country.upserted', '{"code": "IS", "name": "Iceland", "blocs": ["NATO"], "alpha3": "ISL", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (110, '54fbf6e7-77b3-4bbc-836c-670973b8c3fa', 'coalition-tracker.countries', 'IT', 0, 'org.coalitiontracker.country.upserted', '{"code": "IT", "name": "Italy", "blocs": ["EU", "NATO"], "alpha3": "ITA", "aliases": ["Italian Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (111, 'bc959082-3d02-4a70-baf5-a10c783a2fa9', 'coalition-tracker.countries', 'JE', 0, 'org.coalitiontracker.country.upserted', '{"code": "JE", "name": "Jersey", "blocs": [], "alpha3": "JEY", "aliases": ["Bailiwick of Jersey"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (112, '582b98f8-5ecb-4b79-8aea-61fe46abe113', 'coalition-tracker.countries', 'JM', 0, 'org.coalitiontracker.country.upserted', '{"code": "JM", "name": "Jamaica", "blocs": [], "alpha3": "JAM", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (113, 'a87d7f31-00c2-41fd-bf4f-1bbc3dc62c7c', 'coalition-tracker.countries', 'JO', 0, 'org.coalitiontracker.country.upserted', '{"code": "JO", "name": "Jordan", "blocs": [], "alpha3": "JOR", "aliases": ["Hashemite Kingdom of Jordan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (114, 'ac91e8b5-7390-456f-be7d-f5a5d651d0c0', 'coalition-tracker.countries', 'JP', 0, 'org.coalitiontracker.country.upserted', '{"code": "JP", "name": "Japan", "blocs": [], "alpha3": "JPN", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (115, '054f3c1b-b9ea-4e13-b09c-97f16f0ddace', 'coalition-tracker.countries', 'KE', 0, 'org.coalitiontracker.country.upserted', '{"code": "KE", "name": "Kenya", "blocs": [], "alpha3": "KEN", "aliases": ["Republic of Kenya"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (116, '0f48b988-cf76-41eb-aac0-1d57b978ed2d', 'coalition-tracker.countries', 'KG', 0, 'org.coalitiontracker.country.upserted', '{"code": "KG", "name": "Kyrgyzstan", "blocs": [], "alpha3": "KGZ", "aliases": ["Kirghizia", "Kyrgyz Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (117, 'd9d8091b-3196-4da6-9523-b9223ebbc4d7', 'coalition-tracker.countries', 'KH', 0, 'org.coalitiontracker.country.upserted', '{"code": "KH", "name": "Cambodia", "blocs": [], "alpha3": "KHM", "aliases": ["Kampuchea", "Kingdom of Cambodia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (118, '29b1e5ee-cae1-47a1-ba1f-4dcda63c7a5c', 'coalition-tracker.countries', 'KI', 0, 'org.coalitiontracker.country.upserted', '{"code": "KI", "name": "Kiribati", "blocs": [], "alpha3": "KIR", "aliases": ["Republic of Kiribati"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (119, '42686055-ce4e-4053-85a8-4064d050579b', 'coalition-tracker.countries', 'KM', 0, 'org.coalitiontracker.country.upserted', '{"code": "KM", "name": "Comoros", "blocs": [], "alpha3": "COM", "aliases": ["The Comoros", "Union of the Comoros"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (120, '8e8b8e05-f4f7-45ff-aae3-0130e7819ad3', 'coalition-tracker.countries', 'KN', 0, 'org.coalitiontracker.country.upserted', '{"code": "KN", "name": "Saint Kitts and Nevis", "blocs": [], "alpha3": "KNA", "aliases": ["Federation of Saint Kitts and Nevis", "Saint Christopher and Nevis", "St Kitts and Nevis", "St. Kitts & Nevis", "St. Kitts and Nevis"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (121, '437465af-0bfe-45f0-9830-0901a907feba', 'coalition-tracker.countries', 'KP', 0, 'org.coalitiontracker.country.upserted', '{"code": "KP", "name": "North Korea", "blocs": [], "alpha3": "PRK", "aliases": ["DPRK", "Democratic People''s Republic of Korea", "Korea, Democratic People''s Republic of"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (122, '1d26151b-53ce-4bfa-9df6-bbd8410df899', 'coalition-tracker.countries', 'KR', 0, 'org.coalitiontracker.country.upserted', '{"code": "KR", "name": "South Korea", "blocs": [], "alpha3": "KOR", "aliases": ["Korea", "Korea, Republic of", "Republic of Korea"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (123, '2ba84a62-6c54-44f8-92c3-be382b88e9f5', 'coalition-tracker.countries', 'KW', 0, 'org.coalitiontracker.country.upserted', '{"code": "KW", "name": "Kuwait", "blocs": [], "alpha3": "KWT", "aliases": ["State of Kuwait"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (124, 'e2c2e5d7-a998-4029-802e-40a18dfef008', 'coalition-tracker.countries', 'KY', 0, 'org.coalitiontracker.country.upserted', '{"code": "KY", "name": "Cayman Islands", "blocs": [], "alpha3": "CYM", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (125, 'ef9f1f49-42a6-438b-963a-8b8baba87082', 'coalition-tracker.countries', 'KZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "KZ", "name": "Kazakhstan", "blocs": [], "alpha3": "KAZ", "aliases": ["Kazakstan", "Republic of Kazakhstan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (126, '40d1991d-7bcc-4e49-a608-ee20f4854e8d', 'coalition-tracker.countries', 'LA', 0, 'org.coalitiontracker.country.upserted', '{"code": "LA", "name": "Laos", "blocs": [], "alpha3": "LAO", "aliases": ["Lao PDR", "Lao People''s Democratic Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (127, '8b20222b-d7f9-44a1-8b46-b923ba702d20', 'coalition-tracker.countries', 'LB', 0, 'org.coalitiontracker.country.upserted', '{"code": "LB", "name": "Lebanon", "blocs": [], "alpha3": "LBN", "aliases": ["Lebanese Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (128, '4740b8b6-ab91-4c73-b494-ab1634ef0b36', 'coalition-tracker.countries', 'LC', 0, 'org.coalitiontracker.country.upserted', '{"code": "LC", "name": "Saint Lucia", "blocs": [], "alpha3": "LCA", "aliases": ["St Lucia", "St. Lucia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (129, '7d15dc0d-06fd-427a-961c-7edff9190a61', 'coalition-tracker.countries', 'LI', 0, 'org.coalitiontracker.country.upserted', '{"code": "LI", "name": "Liechtenstein", "blocs": [], "alpha3": "LIE", "aliases": ["Principality of Liechtenstein"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (130, '2b671dcc-41bf-41d8-b281-c398e4c521e0', 'coalition-tracker.countries', 'LK', 0, 'org.coalitiontracker.country.upserted', '{"code": "LK", "name": "Sri Lanka", "blocs": [], "alpha3": "LKA", "aliases": ["Ceylon", "Democratic Socialist Republic of Sri Lanka"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (131, '7a373e95-926a-46d2-8ba9-85322a074b94', 'coalition-tracker.countries', 'LR', 0, 'org.coalitiontracker.country.upserted', '{"code": "LR", "name": "Liberia", "blocs": [], "alpha3": "LBR", "aliases": ["Republic of Liberia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (132, 'f5672b05-e9bd-4d8a-baef-23581c8f68fd', 'coalition-tracker.countries', 'LS', 0, 'org.coalitiontracker.country.upserted', '{"code": "LS", "name": "Lesotho", "blocs": [], "alpha3": "LSO", "aliases": ["Basutoland", "Kingdom of Lesotho"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (133, '9f9f7add-651a-40fe-ae55-d41cd8ce3745', 'coalition-tracker.countries', 'LT', 0, 'org.coalitiontracker.country.upserted', '{"code": "LT", "name": "Lithuania", "blocs": ["EU", "NATO"], "alpha3": "LTU", "aliases": ["Republic of Lithuania"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (134, '59bff405-a1d4-4f9f-a1e2-68ef148e1947', 'coalition-tracker.countries', 'LU', 0, 'org.coalitiontracker.country.upserted', '{"code": "LU", "name": "Luxembourg", "blocs": ["EU", "NATO"], "alpha3": "LUX", "aliases": ["Grand Duchy of Luxembourg"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (135, '6bfe81b7-4a99-4da4-8d33-5dd7d7bc82a9', 'coalition-tracker.countries', 'LV', 0, 'org.coalitiontracker.country.upserted', '{"code": "LV", "name": "Latvia", "blocs": ["EU", "NATO"], "alpha3": "LVA", "aliases": ["Republic of Latvia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (136, '83bb5177-9f3e-4311-bd71-02922b1f4b21', 'coalition-tracker.countries', 'LY', 0, 'org.coalitiontracker.country.upserted', '{"code": "LY", "name": "Libya", "blocs": [], "alpha3": "LBY", "aliases": ["Libyan Arab Jamahiriya", "State of Libya"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (137, 'd5afeae3-9c57-48eb-ac18-44169a62ddaa', 'coalition-tracker.countries', 'MA', 0, 'org.coalitiontracker.country.upserted', '{"code": "MA", "name": "Morocco", "blocs": [], "alpha3": "MAR", "aliases": ["Kingdom of Morocco"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (138, '63248dde-8549-4b44-8e75-77d4ee7d7abf', 'coalition-tracker.countries', 'MC', 0, 'org.coalitiontracker.country.upserted', '{"code": "MC", "name": "Monaco", "blocs": [], "alpha3": "MCO", "aliases": ["Principality of Monaco"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (139, 'e798ac5f-16dd-41ff-a35f-7ba2a863c9ec', 'coalition-tracker.countries', 'MD', 0, 'org.coalitiontracker.country.upserted', '{"code": "MD", "name": "Moldova", "blocs": [], "alpha3": "MDA", "aliases": ["Moldavia", "Moldova, Republic of", "Republic of Moldova"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (140, '27cad1ec-d3c4-4052-a7c5-255eaa4a9bbd', 'coalition-tracker.countries', 'ME', 0, 'org.coalitiontracker.country.upserted', '{"code": "ME", "name": "Montenegro", "blocs": ["NATO"], "alpha3": "MNE", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (141, 'aad79c77-5477-479c-a161-56c8166a4e94', 'coalition-tracker.countries', 'MF', 0, 'org.coalitiontracker.country.upserted', '{"code": "MF", "name": "Saint Martin", "blocs": [], "alpha3": "MAF", "aliases": ["Collectivity of Saint Martin", "Saint Martin (French part)", "St Martin", "St. Martin"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (142, 'fb5205b0-673d-487c-bd0b-0c80a7ddc860', 'coalition-tracker.countries', 'MG', 0, 'org.coalitiontracker.country.upserted', '{"code": "MG", "name": "Madagascar", "blocs": [], "alpha3": "MDG", "aliases": ["Malagasy Republic", "Republic of Madagascar"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (143, 'd407a298-6c2d-40fd-ac2a-17b95ad3c9a9', 'coalition-tracker.countries', 'MH', 0, 'org.coalitiontracker.country.upserted', '{"code": "MH", "name": "Marshall Islands", "blocs": [], "alpha3": "MHL", "aliases": ["Republic of the Marshall Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (144, '4b37f591-6d0c-481f-a13a-bef894861aa4', 'coalition-tracker.countries', 'MK', 0, 'org.coalitiontracker.country.upserted', '{"code": "MK", "name": "North Macedonia", "blocs": ["NATO"], "alpha3": "MKD", "aliases": ["FYROM", "Former Yugoslav Republic of Macedonia", "Macedonia", "Republic of North Macedonia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (145, '00080ff4-3fc3-4dc8-8190-ab9711cc224b', 'coalition-tracker.countries', 'ML', 0, 'org.coalitiontracker.country.upserted', '{"code": "ML", "name": "Mali", "blocs": [], "alpha3": "MLI", "aliases": ["Republic of Mali"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (146, 'e67b4a21-e179-48da-afae-4b48d28af2aa', 'coalition-tracker.countries', 'MM', 0, 'org.coalitiontracker.country.upserted', '{"code": "MM", "name": "Myanmar", "blocs": [], "alpha3": "MMR", "aliases": ["Burma", "Myanmar (Burma)", "Republic of the Union of Myanmar"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (147, '540cbddf-fe94-45e3-ac6d-3c856f238c2d', 'coalition-tracker.countries', 'MN', 0, 'org.coalitiontracker.country.upserted', '{"code": "MN", "name": "Mongolia", "blocs": [], "alpha3": "MNG", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (148, '1f39bbab-3840-4154-9fb0-4c7594e49540', 'coalition-tracker.countries', 'MO', 0, 'org.coalitiontracker.country.upserted', '{"code": "MO", "name": "Macao", "blocs": [], "alpha3": "MAC", "aliases": ["Macao SAR", "Macao SAR China", "Macao Special Administrative Region of China", "Macau"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (149, 'fb42d5b4-f07a-4e67-8961-d5be02915f77', 'coalition-tracker.countries', 'MP', 0, 'org.coalitiontracker.country.upserted', '{"code": "MP", "name": "Northern Mariana Islands", "blocs": [], "alpha3": "MNP", "aliases": ["Commonwealth of the Northern Mariana Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (150, 'cc8a9670-a39a-4bfc-bf6a-5b71f04bb968', 'coalition-tracker.countries', 'MQ', 0, 'org.coalitiontracker.country.upserted', '{"code": "MQ", "name": "Martinique", "blocs": [], "alpha3": "MTQ", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (151, '936575fb-48e0-413e-a546-a81f3993ca48', 'coalition-tracker.countries', 'MR', 0, 'org.coalitiontracker.country.upserted', '{"code": "MR", "name": "Mauritania", "blocs": [], "alpha3": "MRT", "aliases": ["Islamic Republic of Mauritania"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (152, '39181fde-9a61-4b64-a587-337b5c7b3829', 'coalition-tracker.countries', 'MS', 0, 'org.coalitiontracker.country.upserted', '{"code": "MS", "name": "Montserrat", "blocs": [], "alpha3": "MSR", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (153, '9afd3805-3733-4098-a9f6-4ee336e29514', 'coalition-tracker.countries', 'MT', 0, 'org.coalitiontracker.country.upserted', '{"code": "MT", "name": "Malta", "blocs": ["EU"], "alpha3": "MLT", "aliases": ["Republic of Malta"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (154, 'e2be70cd-1c26-4cd3-bb30-cdb3f2294b71', 'coalition-tracker.countries', 'MU', 0, 'org.coalitiontracker.country.upserted', '{"code": "MU", "name": "Mauritius", "blocs": [], "alpha3": "MUS", "aliases": ["Republic of Mauritius"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (155, 'a78bd7fb-40e1-4d21-bcf2-ae08c792858f', 'coalition-tracker.countries', 'MV', 0, 'org.coalitiontracker.country.upserted', '{"code": "MV", "name": "Maldives", "blocs": [], "alpha3": "MDV", "aliases": ["Republic of Maldives", "The Maldives"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (156, 'c3010717-4d77-4bfd-af8e-6526e513132e', 'coalition-tracker.countries', 'MW', 0, 'org.coalitiontracker.country.upserted', '{"code": "MW", "name": "Malawi", "blocs": [], "alpha3": "MWI", "aliases": ["Nyasaland", "Republic of Malawi"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (157, 'd808c9de-d979-4a9c-b46e-95457963d968', 'coalition-tracker.countries', 'MX', 0, 'org.coalitiontracker.country.upserted', '{"code": "MX", "name": "Mexico", "blocs": [], "alpha3": "MEX", "aliases": ["United Mexican States"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (158, '738ded6f-8d9d-4841-93b3-d7252d93f141', 'coalition-tracker.countries', 'MY', 0, 'org.coalitiontracker.country.upserted', '{"code": "MY", "name": "Malaysia", "blocs": [], "alpha3": "MYS", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (159, '8661698f-8f83-4a75-adf6-ce6bc97e4caa', 'coalition-tracker.countries', 'MZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "MZ", "name": "Mozambique", "blocs": [], "alpha3": "MOZ", "aliases": ["Republic of Mozambique"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (160, '62dee0bc-92e5-421e-998f-765f7b010d61', 'coalition-tracker.countries', 'NA', 0, 'org.coalitiontracker.country.upserted', '{"code": "NA", "name": "Namibia", "blocs": [], "alpha3": "NAM", "aliases": ["Republic of Namibia", "South West Africa"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (161, 'd52a5ab9-8a3c-4595-b4ba-b655994af162', 'coalition-tracker.countries', 'NC', 0, 'org.coalitiontracker.country.upserted', '{"code": "NC", "name": "New Caledonia", "blocs": [], "alpha3": "NCL", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (162, '471e9ba2-6812-43a9-abc1-14be7b19df29', 'coalition-tracker.countries', 'NE', 0, 'org.coalitiontracker.country.upserted', '{"code": "NE", "name": "Niger", "blocs": [], "alpha3": "NER", "aliases": ["Republic of Niger", "Republic of the Niger"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (163, '1180f5a7-78ce-4cf8-9046-883fb2fdd12e', 'coalition-tracker.countries', 'NF', 0, 'org.coalitiontracker.country.upserted', '{"code": "NF", "name": "Norfolk Island", "blocs": [], "alpha3": "NFK", "aliases": ["Territory of Norfolk Island"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (164, '5401a35f-2fb0-4423-9d69-c4df19a71ca3', 'coalition-tracker.countries', 'NG', 0, 'org.coalitiontracker.country.upserted', '{"code": "NG", "name": "Nigeria", "blocs": [], "alpha3": "NGA", "aliases": ["Federal Republic of Nigeria"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (165, 'e2fc2ed7-af25-4599-bb50-a29d9be99758', 'coalition-tracker.countries', 'NI', 0, 'org.coalitiontracker.country.upserted', '{"code": "NI", "name": "Nicaragua", "blocs": [], "alpha3": "NIC", "aliases": ["Republic of Nicaragua"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (166, 'a7627942-2991-4313-a938-df1e4e827038', 'coalition-tracker.countries', 'NL', 0, 'org.coalitiontracker.country.upserted', '{"code": "NL", "name": "Netherlands", "blocs": ["EU", "NATO"], "alpha3": "NLD", "aliases": ["Holland", "Kingdom of the Netherlands", "Netherlands, Kingdom of the", "The Netherlands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (167, '5d0f288c-781d-4d00-9d1b-611aed0f3625', 'coalition-tracker.countries', 'NO', 0, 'org.coalitiontracker.country.upserted', '{"code": "NO", "name": "Norway", "blocs": ["NATO"], "alpha3": "NOR", "aliases": ["Kingdom of Norway"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (168, '983fbb3e-dc63-4ec3-b377-313df087da22', 'coalition-tracker.countries', 'NP', 0, 'org.coalitiontracker.country.upserted', '{"code": "NP", "name": "Nepal", "blocs": [], "alpha3": "NPL", "aliases": ["Federal Democratic Republic of Nepal"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (169, 'c2d33f71-0869-436b-957c-8d05498eb59e', 'coalition-tracker.countries', 'NR', 0, 'org.coalitiontracker.country.upserted', '{"code": "NR", "name": "Nauru", "blocs": [], "alpha3": "NRU", "aliases": ["Republic of Nauru"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (170, '37ba327b-4479-4967-854c-d88400d5a738', 'coalition-tracker.countries', 'NU', 0, 'org.coalitiontracker.country.upserted', '{"code": "NU", "name": "Niue", "blocs": [], "alpha3": "NIU", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (171, '3931e044-305d-48ae-a7dc-dde3dfe15ecd', 'coalition-tracker.countries', 'NZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "NZ", "name": "New Zealand", "blocs": [], "alpha3": "NZL", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (172, 'b6f51095-05b4-40f3-b3ba-6b77a074c7ae', 'coalition-tracker.countries', 'OM', 0, 'org.coalitiontracker.country.upserted', '{"code": "OM", "name": "Oman", "blocs": [], "alpha3": "OMN", "aliases": ["Sultanate of Oman"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (173, '1100cbb3-c6f4-48b3-9afc-683c84fefa72', 'coalition-tracker.countries', 'PA', 0, 'org.coalitiontracker.country.upserted', '{"code": "PA", "name": "Panama", "blocs": [], "alpha3": "PAN", "aliases": ["Republic of Panama"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (174, '7c4f64f3-a20d-48df-9a7c-f3e9d7b1fdda', 'coalition-tracker.countries', 'PE', 0, 'org.coalitiontracker.country.upserted', '{"code": "PE", "name": "Peru", "blocs": [], "alpha3": "PER", "aliases": ["Republic of Peru"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (175, 'a43ef205-ae06-40b9-9b10-5fad520701f1', 'coalition-tracker.countries', 'PF', 0, 'org.coalitiontracker.country.upserted', '{"code": "PF", "name": "French Polynesia", "blocs": [], "alpha3": "PYF", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (176, 'b74b3159-29d3-4d43-8287-fec339c14da1', 'coalition-tracker.countries', 'PG', 0, 'org.coalitiontracker.country.upserted', '{"code": "PG", "name": "Papua New Guinea", "blocs": [], "alpha3": "PNG", "aliases": ["Independent State of Papua New Guinea"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (177, 'df808952-b4a6-474f-8e86-87396bd6040d', 'coalition-tracker.countries', 'PH', 0, 'org.coalitiontracker.country.upserted', '{"code": "PH", "name": "Philippines", "blocs": [], "alpha3": "PHL", "aliases": ["Republic of the Philippines", "The Philippines"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (178, 'd4140404-d0ec-40e0-a51a-f4a20b322324', 'coalition-tracker.countries', 'PK', 0, 'org.coalitiontracker.country.upserted', '{"code": "PK", "name": "Pakistan", "blocs": [], "alpha3": "PAK", "aliases": ["Islamic Republic of Pakistan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (179, '04b7af11-b4cc-4a74-b29a-6dfd85028a7e', 'coalition-tracker.countries', 'PL', 0, 'org.coalitiontracker.country.upserted', '{"code": "PL", "name": "Poland", "blocs": ["EU", "NATO"], "alpha3": "POL", "aliases": ["Republic of Poland"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (180, '63749c24-7b52-4b48-9ee4-9a68ac4ef159', 'coalition-tracker.countries', 'PM', 0, 'org.coalitiontracker.country.upserted', '{"code": "PM", "name": "Saint Pierre and Miquelon", "blocs": [], "alpha3": "SPM", "aliases": ["St Pierre and Miquelon", "St. Pierre & Miquelon", "St. Pierre and Miquelon"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (181, 'b3af6921-2597-4820-8eb4-0b823f0aef07', 'coalition-tracker.countries', 'PN', 0, 'org.coalitiontracker.country.upserted', '{"code": "PN", "name": "Pitcairn Islands", "blocs": [], "alpha3": "PCN", "aliases": ["Pitcairn", "Pitcairn, Henderson, Ducie and Oeno Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (182, 'db4da368-0a87-4cff-bbf5-7f64f8ebb84f', 'coalition-tracker.countries', 'PR', 0, 'org.coalitiontracker.country.upserted', '{"code": "PR", "name": "Puerto Rico", "blocs": [], "alpha3": "PRI", "aliases": ["Commonwealth of Puerto Rico"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (183, 'bd3bb868-80a1-4269-937f-eff2268e2c18', 'coalition-tracker.countries', 'PS', 0, 'org.coalitiontracker.country.upserted', '{"code": "PS", "name": "Palestine", "blocs": [], "alpha3": "PSE", "aliases": ["Occupied Palestinian Territory", "Palestine, State of", "Palestinian Territories", "State of Palestine"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (184, '58733c5e-1531-404f-b2b7-57acc19ea051', 'coalition-tracker.countries', 'PT', 0, 'org.coalitiontracker.country.upserted', '{"code": "PT", "name": "Portugal", "blocs": ["EU", "NATO"], "alpha3": "PRT", "aliases": ["Portuguese Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (185, '73f0f554-b6ed-4864-959c-a48b7a816f2a', 'coalition-tracker.countries', 'PW', 0, 'org.coalitiontracker.country.upserted', '{"code": "PW", "name": "Palau", "blocs": [], "alpha3": "PLW", "aliases": ["Republic of Palau"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (186, '2930d182-6957-4b07-b01c-19416a450af0', 'coalition-tracker.countries', 'PY', 0, 'org.coalitiontracker.country.upserted', '{"code": "PY", "name": "Paraguay", "blocs": [], "alpha3": "PRY", "aliases": ["Republic of Paraguay"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (187, '820280ac-a8c5-414e-b6db-21abeb244d6f', 'coalition-tracker.countries', 'QA', 0, 'org.coalitiontracker.country.upserted', '{"code": "QA", "name": "Qatar", "blocs": [], "alpha3": "QAT", "aliases": ["State of Qatar"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (188, '0ff37df7-fc04-4b0d-a9ac-bce5879b571a', 'coalition-tracker.countries', 'RE', 0, 'org.coalitiontracker.country.upserted', '{"code": "RE", "name": "Réunion", "blocs": [], "alpha3": "REU", "aliases": ["La Reunion", "La Réunion", "Reunion"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (189, 'ae419b23-c0ba-49ac-beac-b62d51bd71f9', 'coalition-tracker.countries', 'RO', 0, 'org.coalitiontracker.country.upserted', '{"code": "RO", "name": "Romania", "blocs": ["EU", "NATO"], "alpha3": "ROU", "aliases": ["Roumania", "Rumania"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (190, 'f103e6e0-d116-4843-8234-dc2b73040774', 'coalition-tracker.countries', 'RS', 0, 'org.coalitiontracker.country.upserted', '{"code": "RS", "name": "Serbia", "blocs": [], "alpha3": "SRB", "aliases": ["Republic of Serbia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (191, 'c66affc4-d2e8-43fb-ad49-dfbba0bed473', 'coalition-tracker.countries', 'RU', 0, 'org.coalitiontracker.country.upserted', '{"code": "RU", "name": "Russia", "blocs": [], "alpha3": "RUS", "aliases": ["Russian Federation"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (192, 'ebc74804-778c-449d-a3e0-327e0f036e86', 'coalition-tracker.countries', 'RW', 0, 'org.coalitiontracker.country.upserted', '{"code": "RW", "name": "Rwanda", "blocs": [], "alpha3": "RWA", "aliases": ["Republic of Rwanda"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (193, '987c4857-b14a-42f3-992c-4cf2bafc7845', 'coalition-tracker.countries', 'SA', 0, 'org.coalitiontracker.country.upserted', '{"code": "SA", "name": "Saudi Arabia", "blocs": [], "alpha3": "SAU", "aliases": ["KSA", "Kingdom of Saudi Arabia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (194, '83e6461c-d782-4f77-aacc-a0d42fb46d10', 'coalition-tracker.countries', 'SB', 0, 'org.coalitiontracker.country.upserted', '{"code": "SB", "name": "Solomon Islands", "blocs": [], "alpha3": "SLB", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (195, '125a3095-0c5d-46ca-8efe-9231b0358a1d', 'coalition-tracker.countries', 'SC', 0, 'org.coalitiontracker.country.upserted', '{"code": "SC", "name": "Seychelles", "blocs": [], "alpha3": "SYC", "aliases": ["Republic of Seychelles"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (196, '5a6c4b3d-f4bb-4c74-8b4d-5fac7637ea2f', 'coalition-tracker.countries', 'SD', 0, 'org.coalitiontracker.country.upserted', '{"code": "SD", "name": "Sudan", "blocs": [], "alpha3": "SDN", "aliases": ["Republic of the Sudan", "The Sudan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (197, 'dd21f39c-25ec-4437-8386-6c793b6fb7ae', 'coalition-tracker.countries', 'SE', 0, 'org.coalitiontracker.country.upserted', '{"code": "SE", "name": "Sweden", "blocs": ["EU", "NATO"], "alpha3": "SWE", "aliases": ["Kingdom of Sweden"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (198, 'a95b7235-aaa7-4ce1-a7f3-07d065133338', 'coalition-tracker.countries', 'SG', 0, 'org.coalitiontracker.country.upserted', '{"code": "SG", "name": "Singapore", "blocs": [], "alpha3": "SGP", "aliases": ["Republic of Singapore"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (199, '86dafc5e-c191-46e2-a6ee-141accbbb639', 'coalition-tracker.countries', 'SH', 0, 'org.coalitiontracker.country.upserted', '{"code": "SH", "name": "Saint Helena, Ascension and Tristan da Cunha", "blocs": [], "alpha3": "SHN", "aliases": ["Saint Helena", "St Helena", "St. Helena"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (200, 'b32ba003-0307-472c-86f5-758c87f947a8', 'coalition-tracker.countries', 'SI', 0, 'org.coalitiontracker.country.upserted', '{"code": "SI", "name": "Slovenia", "blocs": ["EU", "NATO"], "alpha3": "SVN", "aliases": ["Republic of Slovenia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (201, '89cfef14-d47d-4e03-8ea8-48c061ffbfea', 'coalition-tracker.countries', 'SJ', 0, 'org.coalitiontracker.country.upserted', '{"code": "SJ", "name": "Svalbard and Jan Mayen", "blocs": [], "alpha3": "SJM", "aliases": ["Svalbard & Jan Mayen", "Svalbard and Jan Mayen Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (202, '0afa7322-923a-4d97-829a-2f5562aa6883', 'coalition-tracker.countries', 'SK', 0, 'org.coalitiontracker.country.upserted', '{"code": "SK", "name": "Slovakia", "blocs": ["EU", "NATO"], "alpha3": "SVK", "aliases": ["Slovak Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (203, '60ef9662-a6f2-4dc4-b2d8-58068c29da1f', 'coalition-tracker.countries', 'SL', 0, 'org.coalitiontracker.country.upserted', '{"code": "SL", "name": "Sierra Leone", "blocs": [], "alpha3": "SLE", "aliases": ["Republic of Sierra Leone"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (204, 'bac295e0-3b36-491b-b313-fc220ce1f082', 'coalition-tracker.countries', 'SM', 0, 'org.coalitiontracker.country.upserted', '{"code": "SM", "name": "San Marino", "blocs": [], "alpha3": "SMR", "aliases": ["Republic of San Marino"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (205, '29d13fc3-6db8-4033-948e-67e8155337e0', 'coalition-tracker.countries', 'SN', 0, 'org.coalitiontracker.country.upserted', '{"code": "SN", "name": "Senegal", "blocs": [], "alpha3": "SEN", "aliases": ["Republic of Senegal"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (206, 'cba05953-bf06-41dc-af09-c5a508202216', 'coalition-tracker.countries', 'SO', 0, 'org.coalitiontracker.country.upserted', '{"code": "SO", "name": "Somalia", "blocs": [], "alpha3": "SOM", "aliases": ["Federal Republic of Somalia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (207, 'b9f72bba-0a4f-473d-8c34-aa13e8abb2c4', 'coalition-tracker.countries', 'SR', 0, 'org.coalitiontracker.country.upserted', '{"code": "SR", "name": "Suriname", "blocs": [], "alpha3": "SUR", "aliases": ["Dutch Guiana", "Republic of Suriname", "Surinam"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (208, 'a2e19008-94dc-4e55-a574-0a8b2c065079', 'coalition-tracker.countries', 'SS', 0, 'org.coalitiontracker.country.upserted', '{"code": "SS", "name": "South Sudan", "blocs": [], "alpha3": "SSD", "aliases": ["Republic of South Sudan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (209, 'f3d20544-a847-480a-bb06-115c9e35d8d2', 'coalition-tracker.countries', 'ST', 0, 'org.coalitiontracker.country.upserted', '{"code": "ST", "name": "São Tomé and Príncipe", "blocs": [], "alpha3": "STP", "aliases": ["Democratic Republic of Sao Tome and Principe", "Democratic Republic of São Tomé and Príncipe", "Sao Tome & Principe", "Sao Tome and Principe", "São Tomé & Príncipe"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (210, 'd3b6d995-730b-4913-adc5-4098ced50f4b', 'coalition-tracker.countries', 'SV', 0, 'org.coalitiontracker.country.upserted', '{"code": "SV", "name": "El Salvador", "blocs": [], "alpha3": "SLV", "aliases": ["Republic of El Salvador"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (211, 'caf2537e-c1f8-4daf-b7f0-d4cd9b18deb2', 'coalition-tracker.countries', 'SX', 0, 'org.coalitiontracker.country.upserted', '{"code": "SX", "name": "Sint Maarten", "blocs": [], "alpha3": "SXM", "aliases": ["Sint Maarten (Dutch part)"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (212, 'f64f577a-6772-4bd0-94c9-96018ff6bfc1', 'coalition-tracker.countries', 'SY', 0, 'org.coalitiontracker.country.upserted', '{"code": "SY", "name": "Syria", "blocs": [], "alpha3": "SYR", "aliases": ["Syrian Arab Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (213, '3a071f1e-fcb6-4a81-85b6-ac88bc92e3f5', 'coalition-tracker.countries', 'SZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "SZ", "name": "Eswatini", "blocs": [], "alpha3": "SWZ", "aliases": ["Kingdom of Eswatini", "Swaziland"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (214, '00a79ef8-2a96-4ec0-b852-1d971e1019d8', 'coalition-tracker.countries', 'TC', 0, 'org.coalitiontracker.country.upserted', '{"code": "TC", "name": "Turks and Caicos Islands", "blocs": [], "alpha3": "TCA", "aliases": ["Turks & Caicos Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (215, '62c73922-1bda-44d9-8599-d3d4a741d8c5', 'coalition-tracker.countries', 'TD', 0, 'org.coalitiontracker.country.upserted', '{"code": "TD", "name": "Chad", "blocs": [], "alpha3": "TCD", "aliases": ["Republic of Chad"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (216, '5ddf2451-2ae8-4275-96c0-0c99c1656267', 'coalition-tracker.countries', 'TF', 0, 'org.coalitiontracker.country.upserted', '{"code": "TF", "name": "French Southern Territories", "blocs": [], "alpha3": "ATF", "aliases": ["French Southern and Antarctic Lands", "TAAF"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (217, 'e6f9fc32-d4e6-4ad5-8af1-165dbb9bdcc2', 'coalition-tracker.countries', 'TG', 0, 'org.coalitiontracker.country.upserted', '{"code": "TG", "name": "Togo", "blocs": [], "alpha3": "TGO", "aliases": ["Togolese Republic"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (218, 'c880dbca-f800-442d-8830-e2dfdd9fb0a5', 'coalition-tracker.countries', 'TH', 0, 'org.coalitiontracker.country.upserted', '{"code": "TH", "name": "Thailand", "blocs": [], "alpha3": "THA", "aliases": ["Kingdom of Thailand", "Siam"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (219, '5e5820b4-34b5-4bf6-922e-8307f23dde07', 'coalition-tracker.countries', 'TJ', 0, 'org.coalitiontracker.country.upserted', '{"code": "TJ", "name": "Tajikistan", "blocs": [], "alpha3": "TJK", "aliases": ["Republic of Tajikistan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (220, '185cc3c0-dc03-45e1-99b5-386e893d9f69', 'coalition-tracker.countries', 'TK', 0, 'org.coalitiontracker.country.upserted', '{"code": "TK", "name": "Tokelau", "blocs": [], "alpha3": "TKL", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (221, 'a9e9d417-e919-4230-9d43-8854ac8a8bd1', 'coalition-tracker.countries', 'TL', 0, 'org.coalitiontracker.country.upserted', '{"code": "TL", "name": "Timor-Leste", "blocs": [], "alpha3": "TLS", "aliases": ["Democratic Republic of Timor-Leste", "East Timor"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (222, 'b7ce521c-603d-4d4d-9f03-2e5d1e894469', 'coalition-tracker.countries', 'TM', 0, 'org.coalitiontracker.country.upserted', '{"code": "TM", "name": "Turkmenistan", "blocs": [], "alpha3": "TKM", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (223, '17b3e0d8-6fff-4ec9-8c90-645e11a41202', 'coalition-tracker.countries', 'TN', 0, 'org.coalitiontracker.country.upserted', '{"code": "TN", "name": "Tunisia", "blocs": [], "alpha3": "TUN", "aliases": ["Republic of Tunisia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (224, 'b2565cf4-b82f-408f-a5ec-e8baa2dcafff', 'coalition-tracker.countries', 'TO', 0, 'org.coalitiontracker.country.upserted', '{"code": "TO", "name": "Tonga", "blocs": [], "alpha3": "TON", "aliases": ["Kingdom of Tonga"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (225, '82ae86e3-0298-46ad-a04d-0dc2688db7ff', 'coalition-tracker.countries', 'TR', 0, 'org.coalitiontracker.country.upserted', '{"code": "TR", "name": "Türkiye", "blocs": ["NATO"], "alpha3": "TUR", "aliases": ["Republic of Turkey", "Republic of Turkiye", "Republic of Türkiye", "Turkey", "Turkiye"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (226, 'f2b49f4c-27e7-4f90-b9eb-bbfe0fdc3a36', 'coalition-tracker.countries', 'TT', 0, 'org.coalitiontracker.country.upserted', '{"code": "TT", "name": "Trinidad and Tobago", "blocs": [], "alpha3": "TTO", "aliases": ["Republic of Trinidad and Tobago", "Trinidad & Tobago"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (227, '79673d30-caf8-416c-92eb-6c820c73790e', 'coalition-tracker.countries', 'TV', 0, 'org.coalitiontracker.country.upserted', '{"code": "TV", "name": "Tuvalu", "blocs": [], "alpha3": "TUV", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (228, '0896b56f-dcb8-451c-a926-b86c1e57d2a0', 'coalition-tracker.countries', 'TW', 0, 'org.coalitiontracker.country.upserted', '{"code": "TW", "name": "Taiwan", "blocs": [], "alpha3": "TWN", "aliases": ["Chinese Taipei", "Formosa", "Republic of China", "Taiwan, Province of China"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (229, '3ae64c64-3e55-4381-b971-7934a7bfb786', 'coalition-tracker.countries', 'TZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "TZ", "name": "Tanzania", "blocs": [], "alpha3": "TZA", "aliases": ["Tanzania, United Republic of", "United Republic of Tanzania"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (230, '76908ea1-25cb-43e3-b44d-22a5b160e4a0', 'coalition-tracker.countries', 'UA', 0, 'org.coalitiontracker.country.upserted', '{"code": "UA", "name": "Ukraine", "blocs": [], "alpha3": "UKR", "aliases": ["The Ukraine"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (231, 'e5d412c8-f79b-4d82-81b9-4e2587b88bce', 'coalition-tracker.countries', 'UG', 0, 'org.coalitiontracker.country.upserted', '{"code": "UG", "name": "Uganda", "blocs": [], "alpha3": "UGA", "aliases": ["Republic of Uganda"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (232, 'edb58d4a-45e8-4057-a916-160b73946572', 'coalition-tracker.countries', 'UM', 0, 'org.coalitiontracker.country.upserted', '{"code": "UM", "name": "United States Minor Outlying Islands", "blocs": [], "alpha3": "UMI", "aliases": ["U.S. Minor Outlying Islands", "U.S. Outlying Islands", "US Minor Outlying Islands"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (233, '2c161cca-61d4-4dec-a41e-e2121ee8c111', 'coalition-tracker.countries', 'US', 0, 'org.coalitiontracker.country.upserted', '{"code": "US", "name": "United States", "blocs": ["NATO"], "alpha3": "USA", "aliases": ["America", "U.S.", "U.S.A.", "US", "USA", "United States of America"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (234, '70cc3289-7844-450b-a7e4-cc17991bdc67', 'coalition-tracker.countries', 'UY', 0, 'org.coalitiontracker.country.upserted', '{"code": "UY", "name": "Uruguay", "blocs": [], "alpha3": "URY", "aliases": ["Oriental Republic of Uruguay"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (235, '659c7f0f-b944-4f0d-84e3-430589762d19', 'coalition-tracker.countries', 'UZ', 0, 'org.coalitiontracker.country.upserted', '{"code": "UZ", "name": "Uzbekistan", "blocs": [], "alpha3": "UZB", "aliases": ["Republic of Uzbekistan"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (236, 'd495e619-0695-43c8-8de1-fc4180ee8898', 'coalition-tracker.countries', 'VA', 0, 'org.coalitiontracker.country.upserted', '{"code": "VA", "name": "Vatican City", "blocs": [], "alpha3": "VAT", "aliases": ["Holy See", "Holy See (Vatican City State)", "Vatican", "Vatican City State"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (237, '9f22a7fc-d19f-4982-aac3-d4664826ba39', 'coalition-tracker.countries', 'VC', 0, 'org.coalitiontracker.country.upserted', '{"code": "VC", "name": "Saint Vincent and the Grenadines", "blocs": [], "alpha3": "VCT", "aliases": ["St Vincent and the Grenadines", "St. Vincent & Grenadines", "St. Vincent and the Grenadines"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (238, '3f503de9-4cbd-4629-acc2-3ed783dce34e', 'coalition-tracker.countries', 'VE', 0, 'org.coalitiontracker.country.upserted', '{"code": "VE", "name": "Venezuela", "blocs": [], "alpha3": "VEN", "aliases": ["Bolivarian Republic of Venezuela", "Venezuela (Bolivarian Republic of)"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (239, '43df4720-4c9f-45fd-a97d-43fbf343ded4', 'coalition-tracker.countries', 'VG', 0, 'org.coalitiontracker.country.upserted', '{"code": "VG", "name": "British Virgin Islands", "blocs": [], "alpha3": "VGB", "aliases": ["BVI", "Virgin Islands (British)"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (240, 'f4a6f9b2-5ee3-4822-9e05-f2f4e950cc78', 'coalition-tracker.countries', 'VI', 0, 'org.coalitiontracker.country.upserted', '{"code": "VI", "name": "United States Virgin Islands", "blocs": [], "alpha3": "VIR", "aliases": ["U.S. Virgin Islands", "US Virgin Islands", "Virgin Islands (U.S.)", "Virgin Islands of the United States"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (241, '66698140-aab3-48f2-84d1-d9945f00b6d3', 'coalition-tracker.countries', 'VN', 0, 'org.coalitiontracker.country.upserted', '{"code": "VN", "name": "Vietnam", "blocs": [], "alpha3": "VNM", "aliases": ["Socialist Republic of Viet Nam", "Socialist Republic of Vietnam", "Viet Nam"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (242, 'd8692f73-3cf5-438f-a146-0dab6a388bb8', 'coalition-tracker.countries', 'VU', 0, 'org.coalitiontracker.country.upserted', '{"code": "VU", "name": "Vanuatu", "blocs": [], "alpha3": "VUT", "aliases": ["New Hebrides", "Republic of Vanuatu"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (243, '62fb2486-1cec-41cd-a523-d835cb0201d6', 'coalition-tracker.countries', 'WF', 0, 'org.coalitiontracker.country.upserted', '{"code": "WF", "name": "Wallis and Futuna", "blocs": [], "alpha3": "WLF", "aliases": ["Territory of the Wallis and Futuna Islands", "Wallis & Futuna"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (244, 'b81e7d36-b6c5-474e-b9bf-d4ab66d01a9d', 'coalition-tracker.countries', 'WS', 0, 'org.coalitiontracker.country.upserted', '{"code": "WS", "name": "Samoa", "blocs": [], "alpha3": "WSM", "aliases": ["Independent State of Samoa", "Western Samoa"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (245, '9ab94a72-4e10-43ed-8876-1376b891a568', 'coalition-tracker.countries', 'YE', 0, 'org.coalitiontracker.country.upserted', '{"code": "YE", "name": "Yemen", "blocs": [], "alpha3": "YEM", "aliases": ["Republic of Yemen"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (246, '8e8a5233-be20-4d89-a2e7-aaaec14ea439', 'coalition-tracker.countries', 'YT', 0, 'org.coalitiontracker.country.upserted', '{"code": "YT", "name": "Mayotte", "blocs": [], "alpha3": "MYT", "aliases": [], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (247, '4b1e57fe-0bb9-4e5f-9e0f-f4ea7c39aec4', 'coalition-tracker.countries', 'ZA', 0, 'org.coalitiontracker.country.upserted', '{"code": "ZA", "name": "South Africa", "blocs": [], "alpha3": "ZAF", "aliases": ["Republic of South Africa"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (248, '03944b83-468a-4435-83b3-c0a60bd1df8f', 'coalition-tracker.countries', 'ZM', 0, 'org.coalitiontracker.country.upserted', '{"code": "ZM", "name": "Zambia", "blocs": [], "alpha3": "ZMB", "aliases": ["Northern Rhodesia", "Republic of Zambia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (249, 'a7e0f736-021b-4bf2-95ab-b8547e14ed46', 'coalition-tracker.countries', 'ZW', 0, 'org.coalitiontracker.country.upserted', '{"code": "ZW", "name": "Zimbabwe", "blocs": [], "alpha3": "ZWE", "aliases": ["Republic of Zimbabwe", "Rhodesia"], "version": 0, "createdAt": "2026-12-02T20:55:39.872756+00:00", "updatedAt": "2026-12-02T20:55:39.872756+00:00"}', NULL, '2026-12-02 20:55:39.959102+00');
INSERT INTO public.outbox VALUES (250, '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e', 'coalition-tracker.memberships', 'coalition-of-the-willing/TR', 4, 'org.coalitiontracker.membership.upserted', '{"coalitionId":"coalition-of-the-willing","countryCode":"TR","role":"PARTNER","status":"PROSPECTIVE","version":4}', 'editor-2', '2025-03-15 12:00:00+00');
INSERT INTO public.outbox VALUES (251, '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, 'org.coalitiontracker.membership.deleted', NULL, 'editor-2', '2025-03-14 12:00:00+00');


--
-- Data for Name: read_copy; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.read_copy VALUES ('coalition-tracker.commitments', '2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2, '{"id": "2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00", "status": "PLEDGED", "version": 2, "category": "GROUND_FORCES", "coalitionId": "coalition-of-the-willing", "countryCode": "GB"}', '2025-03-20 10:00:00+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.commitments', '3c0f7d2b-2a1e-4b62-8d8f-6e9b4a3f2c11', 1, NULL, '2025-03-21 10:00:00+00');
INSERT INTO public.read_copy VALUES ('coalition-tracker.events', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 0, '{"id": "9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22", "title": "Leaders meeting in Paris", "version": 0, "startsAt": "2025-03-27T09:00:00Z", "coalitionId": "coalition-of-the-willing", "participants": [{"role": "HOST", "attendance": "IN_PERSON", "countryCode": "FR"}, {"role": "CO_CHAIR", "attendance": "IN_PERSON", "countryCode": "GB"}]}', '2025-03-22 10:00:00+00');


--
-- Data for Name: tombstone; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tombstone VALUES ('coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, '2025-03-14 12:00:00+00');
INSERT INTO public.tombstone VALUES ('coalition-tracker.coalitions', 'old-coalition', 5, '2025-02-01 12:00:00+00');


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 251, true);


--
-- Name: coalition coalition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.coalition
    ADD CONSTRAINT coalition_pkey PRIMARY KEY (id);


--
-- Name: country_alias country_alias_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_alias
    ADD CONSTRAINT country_alias_pkey PRIMARY KEY (country_code, alias);


--
-- Name: country country_alpha3_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_alpha3_key UNIQUE (alpha3);


--
-- Name: country_bloc country_bloc_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_bloc
    ADD CONSTRAINT country_bloc_pkey PRIMARY KEY (country_code, bloc);


--
-- Name: country country_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (code);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: membership membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_pkey PRIMARY KEY (coalition_id, country_code);


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
-- Name: coalition_by_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX coalition_by_updated_at ON public.coalition USING btree (updated_at);


--
-- Name: country_bloc_by_bloc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX country_bloc_by_bloc ON public.country_bloc USING btree (bloc, country_code);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: membership_by_country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_by_country ON public.membership USING btree (country_code);


--
-- Name: membership_by_period; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_by_period ON public.membership USING btree (coalition_id, joined_on, left_on);


--
-- Name: membership_by_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_by_role ON public.membership USING btree (coalition_id, role, country_code);


--
-- Name: membership_by_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_by_status ON public.membership USING btree (coalition_id, status, country_code);


--
-- Name: membership_by_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_by_updated_at ON public.membership USING btree (updated_at);


--
-- Name: read_copy_commitments_by_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX read_copy_commitments_by_member ON public.read_copy USING btree (((state ->> 'coalitionId'::text)), ((state ->> 'countryCode'::text))) WHERE ((topic)::text = 'coalition-tracker.commitments'::text);


--
-- Name: read_copy_events_by_participant; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX read_copy_events_by_participant ON public.read_copy USING gin (((state -> 'participants'::text)) jsonb_path_ops) WHERE ((topic)::text = 'coalition-tracker.events'::text);


--
-- Name: country_alias country_alias_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_alias
    ADD CONSTRAINT country_alias_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code) ON DELETE CASCADE;


--
-- Name: country_bloc country_bloc_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_bloc
    ADD CONSTRAINT country_bloc_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code) ON DELETE CASCADE;


--
-- Name: membership membership_coalition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_coalition_id_fkey FOREIGN KEY (coalition_id) REFERENCES public.coalition(id) ON DELETE CASCADE;


--
-- Name: membership membership_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);


--
-- PostgreSQL database dump complete
--

\unrestrict 3hOysZ8GudbBAJibyBWRqBNWFLjs0rdXWKHpDqjD6FIdvQyfBkuStCDusndqniz

