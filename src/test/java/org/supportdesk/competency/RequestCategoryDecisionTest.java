package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrase rules guess a category before an agent looks at the appeal. An out-of-scope
 * guess rejects the appeal, so the in-scope and unsure phrases below matter as much as the
 * out-of-scope ones: they hold the rules back from rejecting what support does handle.
 */
@Deployment(resources = "processes/request-category.dmn")
class RequestCategoryDecisionTest {

    private static final Set<String> OUT_OF_SCOPE = Set.of("SOFTWARE_DEVELOPMENT", "CODE_DEBUGGING", "THIRD_PARTY_CONSULTING");

    // the in-memory engine for model tests, named so that application tests do not pick it up
    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static Stream<Arguments> outOfScope() {
        return Stream.of(
            // code debugging
            Arguments.of("debug my Python code", "CODE_DEBUGGING"),
            Arguments.of("помогите найти ошибку в моём коде", "CODE_DEBUGGING"),
            Arguments.of("Can you help me debug this Java program? It throws a NullPointerException on startup", "CODE_DEBUGGING"),
            Arguments.of("Please find the bug in our script, it crashes on line 42", "CODE_DEBUGGING"),
            Arguments.of("What's wrong with my code? The loop never ends", "CODE_DEBUGGING"),
            Arguments.of("Почините наш код, он падает с исключением", "CODE_DEBUGGING"),
            Arguments.of("Отладьте, пожалуйста, мой скрипт на PHP", "CODE_DEBUGGING"),
            Arguments.of("Подскажите, что не так с моим кодом на Go", "CODE_DEBUGGING"),
            Arguments.of("Нужно ревью кода нашего бэкенда", "CODE_DEBUGGING"),
            // software development
            Arguments.of("write us a script", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("Could you develop a mobile app for our shop?", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("We need a developer to build a website for our company", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("Write me a Python script that deletes old snapshots every night", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("Напишите нам бота для Telegram", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("Разработайте сайт для нашей компании", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("Можете написать программу для учёта заказов?", "SOFTWARE_DEVELOPMENT"),
            Arguments.of("Сделайте нам интернет-магазин под ключ", "SOFTWARE_DEVELOPMENT"),
            // third-party solutions
            Arguments.of("настройте нам WordPress", "THIRD_PARTY_CONSULTING"),
            Arguments.of("настройте 1С-Битрикс", "THIRD_PARTY_CONSULTING"),
            Arguments.of("Please install and configure WordPress for our blog", "THIRD_PARTY_CONSULTING"),
            Arguments.of("How do I set up Magento on your VM?", "THIRD_PARTY_CONSULTING"),
            Arguments.of("Помогите установить 1С:Предприятие на сервер", "THIRD_PARTY_CONSULTING"),
            Arguments.of("Need help with configuring Bitrix24 CRM", "THIRD_PARTY_CONSULTING"),
            Arguments.of("Нужна консультация по настройке стороннего ПО для видеонаблюдения", "THIRD_PARTY_CONSULTING"));
    }

    static Stream<Arguments> managedServices() {
        return Stream.of(
            Arguments.of("We want Managed Services for our infrastructure", "MANAGED_SERVICES"),
            Arguments.of("Нужно администрирование 24/7 нашей инфраструктуры", "MANAGED_SERVICES"),
            Arguments.of("Please calculate the cost of 24/7 monitoring for 20 VMs", "MANAGED_SERVICES"),
            Arguments.of("Рассчитайте стоимость аутсорсинга ИТ-инфраструктуры", "MANAGED_SERVICES"),
            Arguments.of("Интересует аудит инфраструктуры и производительности", "MANAGED_SERVICES"),
            Arguments.of("Could you take over the administration of our servers?", "MANAGED_SERVICES"));
    }

    static Stream<Arguments> inScope() {
        return Stream.of(
            // account recovery
            Arguments.of("I forgot my password and cannot log in to the console", "ACCOUNT_RECOVERY"),
            Arguments.of("Lost access to my account after changing my phone number", "ACCOUNT_RECOVERY"),
            Arguments.of("Забыл пароль от личного кабинета", "ACCOUNT_RECOVERY"),
            Arguments.of("Помогите восстановить доступ к аккаунту", "ACCOUNT_RECOVERY"),
            Arguments.of("Не могу войти в личный кабинет", "ACCOUNT_RECOVERY"),
            // billing
            Arguments.of("Why was I charged twice this month?", "BILLING"),
            Arguments.of("Please send the invoice for October", "BILLING"),
            Arguments.of("My balance is negative although I paid yesterday", "BILLING"),
            Arguments.of("Не пришёл счёт за сентябрь", "BILLING"),
            Arguments.of("Странное списание с баланса", "BILLING"),
            Arguments.of("Как оплатить услуги по безналичному расчёту?", "BILLING"),
            // resource diagnostics
            Arguments.of("My VM stopped responding after I deployed my code", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Instance does not start after resize", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("The database is very slow since this morning", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Server is unreachable from the internet", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Виртуальная машина не запускается", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Сервер недоступен уже час", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("База данных тормозит после обновления", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Диск отвалился от ВМ", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("We are a Managed Services customer and our VM is down", "RESOURCE_DIAGNOSTICS"),
            // setting up the provider's services
            Arguments.of("How to set up a load balancer for two VMs?", "SERVICE_SETUP"),
            Arguments.of("How do I configure a VPN between my office and the cloud?", "SERVICE_SETUP"),
            Arguments.of("How can I connect to object storage via the S3 API?", "SERVICE_SETUP"),
            Arguments.of("Как настроить балансировщик нагрузки?", "SERVICE_SETUP"),
            Arguments.of("Подскажите, как создать кластер Kubernetes", "SERVICE_SETUP"),
            Arguments.of("Как подключить объектное хранилище к серверу?", "SERVICE_SETUP"),
            // architecture consulting
            Arguments.of("We need advice on a fault-tolerant architecture for our web shop", "ARCHITECTURE_CONSULTING"),
            Arguments.of("Which services should we use for a high-load project?", "ARCHITECTURE_CONSULTING"),
            Arguments.of("Посоветуйте архитектуру для отказоустойчивого сервиса", "ARCHITECTURE_CONSULTING"),
            Arguments.of("Как спроектировать отказоустойчивую инфраструктуру в вашем облаке?", "ARCHITECTURE_CONSULTING"),
            // troubleshooting
            Arguments.of("Error in the control panel when creating a bucket", "TROUBLESHOOTING"),
            Arguments.of("terraform apply fails with 403 Forbidden", "TROUBLESHOOTING"),
            Arguments.of("Our application code fails to connect to the managed PostgreSQL", "TROUBLESHOOTING"),
            Arguments.of("Kubernetes pods fail to pull images from the registry", "TROUBLESHOOTING"),
            Arguments.of("Ошибка при создании снапшота", "TROUBLESHOOTING"),
            Arguments.of("Не получается загрузить файл в бакет", "TROUBLESHOOTING"),
            Arguments.of("Мой скрипт не может подключиться к бакету", "TROUBLESHOOTING"),
            // words that out-of-scope rules look for, used here in an in-scope sense
            Arguments.of("После деплоя нашего кода виртуальная машина перестала отвечать", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Отладочная информация: код ошибки 0x7b, ВМ не стартует", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Debug information attached: VM fails to boot", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("How to enable debug logging for the load balancer?", "SERVICE_SETUP"),
            Arguments.of("After setting up WordPress the VM became very slow", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Установили WordPress, теперь сервер тормозит", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("Напишите, пожалуйста, когда будет устранён сбой", "TROUBLESHOOTING"),
            Arguments.of("Напишите мне код подтверждения, не приходит SMS", "ACCOUNT_RECOVERY"),
            Arguments.of("Мы клиенты Managed Services, у нас упала база данных", "RESOURCE_DIAGNOSTICS"),
            Arguments.of("How do I create a static website with object storage?", "SERVICE_SETUP"),
            Arguments.of("Как создать функцию в Cloud Functions?", "SERVICE_SETUP"),
            Arguments.of("Хотим создать сайт на вашей платформе, какие сервисы выбрать?", "ARCHITECTURE_CONSULTING"),
            Arguments.of("Сколько стоит ВМ с 4 vCPU?", "BILLING"),
            Arguments.of("Не могу зайти на сервер по SSH", "TROUBLESHOOTING"));
    }

    /** Genuinely unclear from the text alone: an agent decides, nothing is rejected. */
    static Stream<String> unsure() {
        return Stream.of(
            // "your managed service" is one of ours (a managed database or cluster), not a request for Managed Services
            "Kafka cluster in your managed service: one broker is offline and partitions are under-replicated",
            "How would you recommend migrating our 2 TB MySQL to your managed service with minimal downtime?",
            // nginx, PostgreSQL, Docker: third-party software, but we also run managed versions of such things
            "How to configure nginx on my VM?",
            "Как установить PostgreSQL на виртуальную машину?",
            "Can you look at our Docker setup?",
            // asks for help with a script, not for the script: may well be a question about our API
            "Help me write a script to upload files",
            "Помогите написать скрипт",
            // could be migration advice (in scope) or the paid migration service
            "Is it possible to migrate our 1C database to your cloud?",
            // reading the customer's code is debugging, but the cause may be on our side
            "Посмотрите наш скрипт для выгрузки данных",
            // a deployment, not the customer's code, is what is to be debugged
            "Debug my deployment on your Kubernetes please",
            "Help me debug the load balancer health checks",
            // a question about support itself, not a Managed Services order
            "Is your support 24/7?",
            // says nothing yet
            "Hello, I have a question about my project",
            "Здравствуйте, у меня вопрос по проекту",
            "Please call me back",
            "Перезвоните мне, пожалуйста",
            "Нужна консультация");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("outOfScope")
    void outOfScopeRequestsAreRecognised(String text, String category) {
        assertThat(category(text)).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("managedServices")
    void managedServicesRequestsAreRecognised(String text, String category) {
        assertThat(category(text)).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("inScope")
    void inScopeRequestsAreNeverRejected(String text, String category) {
        String guessed = category(text);

        assertThat(guessed).as("in-scope request rejected: %s", text).isNotIn(OUT_OF_SCOPE);
        assertThat(guessed).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsure")
    void unsureRequestsAreLeftToAnAgent(String text) {
        assertThat(category(text)).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void noInScopeOrUnsurePhraseMapsToAnOutOfScopeCategory() {
        List<String> phrases = new ArrayList<>();
        inScope().forEach(arguments -> phrases.add((String) arguments.get()[0]));
        managedServices().forEach(arguments -> phrases.add((String) arguments.get()[0]));
        unsure().forEach(phrases::add);

        List<String> rejected = phrases.stream()
                .filter(text -> OUT_OF_SCOPE.contains(category(text)))
                .toList();

        assertThat(rejected).isEmpty();
    }

    @Test
    void textIsMatchedWhateverItsCase() {
        assertThat(category("DEBUG MY PYTHON CODE")).isEqualTo("CODE_DEBUGGING");
        assertThat(category("ВИРТУАЛЬНАЯ МАШИНА НЕ ЗАПУСКАЕТСЯ")).isEqualTo("RESOURCE_DIAGNOSTICS");
    }

    @Test
    void subjectAndDescriptionOnSeparateLinesAreReadTogether() {
        assertThat(category("VM problem\nThe instance does not start since the night")).isEqualTo("RESOURCE_DIAGNOSTICS");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   "})
    void emptyTextIsUnclassified(String text) {
        assertThat(category(text)).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void missingTextIsUnclassified() {
        Map<String, Object> values = new HashMap<>();
        values.put("text", null);

        String category = engine.getDecisionService()
                .evaluateDecisionTableByKey("request-category", Variables.fromMap(values))
                .getSingleEntry();

        assertThat(category).isEqualTo("UNCLASSIFIED");
    }

    private String category(String text) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("request-category", Variables.createVariables().putValue("text", text))
                .getSingleEntry();
    }
}
