-- Workforce facts (DESIGN §2). Natural keys are the primary keys, so an import upserts by them.
-- Plain SQL types only: runs on H2 (MODE=PostgreSQL) and PostgreSQL.

create table kabupaten (
    code        varchar(16)      primary key,
    name        varchar(100)     not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180)
);

create table instansi (
    code            varchar(32)  primary key,
    name            varchar(200) not null,
    level           varchar(16)  not null,
    kabupaten_code  varchar(16)  not null references kabupaten (code)
);

create table unit (
    code            varchar(40)      primary key,
    name            varchar(200)     not null,
    instansi_code   varchar(32)      not null references instansi (code),
    kabupaten_code  varchar(16)      not null references kabupaten (code),
    sector          varchar(32)      not null,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    island          varchar(40)      not null,
    active          boolean          not null
);
create index unit_kabupaten on unit (kabupaten_code);
create index unit_instansi on unit (instansi_code);

-- education_fields: '|'-separated field codes; empty means any field qualifies
create table position (
    code                 varchar(40)  primary key,
    name                 varchar(200) not null,
    type                 varchar(16)  not null,
    level                varchar(24)  not null,
    job_family           varchar(24)  not null,
    min_education_level  varchar(4)   not null,
    education_fields     varchar(500) not null,
    strategic            boolean      not null
);

create table formation_cell (
    unit_code       varchar(40) not null references unit (code),
    position_code   varchar(40) not null references position (code),
    workload_hours  integer     not null check (workload_hours >= 0),
    primary key (unit_code, position_code)
);

-- competencies: '|'-separated codes
create table employee (
    nip                    char(18)         primary key,
    name                   varchar(200)     not null,
    status                 varchar(8)       not null,
    golongan               varchar(8)       not null,
    unit_code              varchar(40)      not null,
    position_code          varchar(40)      not null,
    position_tmt           date             not null,
    cpns_tmt               date             not null,
    birth_date             date             not null,
    sex                    varchar(8)       not null,
    education_level        varchar(4)       not null,
    education_field        varchar(60)      not null,
    competencies           varchar(1000)    not null,
    legal_process          boolean          not null,
    study_leave_until      date,
    service_bond_until     date,
    home_kabupaten_code    varchar(16)      not null references kabupaten (code),
    home_latitude          double precision not null check (home_latitude between -90 and 90),
    home_longitude         double precision not null check (home_longitude between -180 and 180),
    home_island            varchar(40)      not null,
    spouse_kabupaten_code  varchar(16)      references kabupaten (code),
    health_reason          boolean          not null,
    talent_box             smallint         check (talent_box between 1 and 9),
    foreign key (unit_code, position_code) references formation_cell (unit_code, position_code)
);
create index employee_cell on employee (unit_code, position_code);

create table skp_appraisal (
    nip             char(18)    not null references employee (nip),
    appraisal_year  integer     not null,
    predicate       varchar(20) not null,
    primary key (nip, appraisal_year)
);

create table sanction (
    nip          char(18)    not null references employee (nip),
    level        varchar(8)  not null,
    valid_from   date        not null,
    valid_until  date        not null,
    primary key (nip, valid_from, level),
    check (valid_from <= valid_until)
);

create table transfer_request (
    nip            char(18)    not null references employee (nip),
    unit_code      varchar(40) not null references unit (code),
    position_code  varchar(40) references position (code),
    reason         varchar(8)  not null,
    request_date   date        not null,
    primary key (nip, unit_code, request_date)
);
